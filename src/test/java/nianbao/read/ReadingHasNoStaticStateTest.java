package nianbao.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nianbao.form.MetaKey;
import nianbao.testing.FixtureValues;
import nianbao.testing.OfficialLayoutFixture;
import nianbao.testing.OfficialLayoutFixture.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No state in the reading code but what a reader owns ({@link LayoutCache}): every static field of every
 * class under {@code nianbao.read} is final and holds an immutable value (a primitive, a string, a number,
 * a pattern, an enum constant, a record of such values, or an unmodifiable {@code List.of}/{@code Set.of}/
 * {@code Map.of} of them). A map, a list, a cache, an atomic, a thread-local or any other object that can
 * change fails it, and so does an array (arrays always can), but for the constant tables of the byte
 * scans, which are held unchanged by reading instead.
 */
class ReadingHasNoStaticStateTest {

    /** Static fields allowed although their object could change, each with why it holds no state. */
    private static final Map<String, String> ALLOWED = Map.of(
            "nianbao.read.zip.SecureXml.FACTORY",
            "the StAX factory, configured by its initializer and then only asked for readers: it holds nothing of any file");

    /**
     * The classes whose private static final arrays are allowed: the tag texts and cell types the byte scans
     * compare bytes with on every cell, kept arrays because the scans run compiled by C1, which inlines no
     * List or ByteBuffer read; {@link #theByteScansTablesStayAsTheyWereAfterReading} holds them unchanged.
     */
    private static final Set<String> SCAN_TABLES = Set.of(
            "nianbao.read.ooxml.SheetBytes", "nianbao.read.ooxml.SheetBytes$Tag", "nianbao.read.ooxml.SharedStringBytes");

    private static final Set<Class<?>> VALUE_TYPES = Set.of(String.class, Boolean.class, Character.class, Byte.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class, BigDecimal.class, BigInteger.class,
            Pattern.class, MathContext.class, Class.class);

    @TempDir
    Path dir;

    @Test
    void everyStaticFieldOfTheReadingCodeIsFinalAndHoldsAnImmutableValue() throws Exception {
        List<Class<?>> classes = readingClasses();
        assertThat(classes).as("classes under nianbao.read").hasSizeGreaterThan(40)
                .anyMatch(c -> c.getPackageName().equals("nianbao.read.ooxml"));
        List<String> problems = new ArrayList<>();
        for (Class<?> c : classes) {
            problems.addAll(staticState(c));
        }
        assertThat(problems).as("static state in the reading code (keep it in LayoutCache, which a reader owns)").isEmpty();
    }

    /** The checker itself: each way of keeping state is found, constants are not. */
    @Test
    void theCheckFindsEveryKindOfStaticStateAndPassesConstants() {
        assertThat(staticState(Caches.class)).hasSize(Caches.class.getDeclaredFields().length)
                .anyMatch(p -> p.contains("CACHE") && p.contains("ConcurrentHashMap"))
                .anyMatch(p -> p.contains("LAST") && p.contains("not final"))
                .anyMatch(p -> p.contains("MUTABLE_INSIDE") && p.contains("StringBuilder"));
        assertThat(staticState(Constants.class)).isEmpty();
    }

    @Test
    void theByteScansTablesStayAsTheyWereAfterReading() throws Exception {
        Map<String, Object> before = scanTables();
        assertThat(before).as("the byte scans' tables").hasSizeGreaterThan(10);
        ReturnReader reader = new ReturnReader();
        for (int i = 0; i < Writer.values().length * 2; i++) {
            Writer writer = Writer.values()[i % Writer.values().length];
            OfficialLayoutFixture fixture = OfficialLayoutFixture.of(FixtureValues.random(7L + i))
                    .meta(MetaKey.AGENCY, "机构" + i).meta(MetaKey.YEAR, "2024").names(i % 2 == 0);
            reader.read(fixture.write(dir.resolve(i + (writer == Writer.POI_XLS ? ".xls" : ".xlsx")), writer));
        }
        Map<String, Object> after = scanTables();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, copy) -> assertThat(Objects.deepEquals(after.get(name), copy)).as(name).isTrue());
    }

    /** Every class compiled from {@code src/main/java/nianbao/read} and its sub-packages. */
    private static List<Class<?>> readingClasses() throws Exception {
        Path root = Path.of(ReturnReader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("nianbao/read"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/').replace('/', '.').replaceFirst("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, ReturnReader.class.getClassLoader()));
                }
            }
        }
        return classes;
    }

    /** What is wrong with the static fields of {@code c}, one line each; empty when nothing is. */
    private static List<String> staticState(Class<?> c) {
        List<String> problems = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            String name = c.getName() + "." + f.getName();
            if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || ALLOWED.containsKey(name)) {
                continue;
            }
            if (!Modifier.isFinal(f.getModifiers())) {
                problems.add(name + ": not final");
                continue;
            }
            if (f.getType().isArray() && SCAN_TABLES.contains(c.getName()) && Modifier.isPrivate(f.getModifiers())
                    && isTable(f.getType())) {
                continue;
            }
            f.setAccessible(true);
            try {
                mutable(f.get(null), Collections.newSetFromMap(new IdentityHashMap<>()))
                        .ifPresent(why -> problems.add(name + ": " + why));
            } catch (IllegalAccessException e) {
                throw new AssertionError(name, e);
            }
        }
        return problems;
    }

    private static boolean isTable(Class<?> type) {
        Class<?> element = type.getComponentType();
        return element == byte.class || element == String.class || element.isArray() && element.getComponentType() == byte.class;
    }

    /** Why {@code value} can change, or empty when it is an immutable value all through. */
    private static Optional<String> mutable(Object value, Set<Object> seen) throws IllegalAccessException {
        if (value == null || VALUE_TYPES.contains(value.getClass()) || value instanceof Charset || !seen.add(value)) {
            return Optional.empty();
        }
        Class<?> type = value.getClass();
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getPackageName().startsWith("nianbao.read") ? fields(value, seen) : Optional.empty();
        }
        if (type.isRecord()) {
            return fields(value, seen);
        }
        if (type.isArray()) {
            return Optional.of("an array (" + type.getComponentType().getSimpleName() + "[" + Array.getLength(value)
                    + "]): its elements can be changed");
        }
        if (value instanceof List<?> l && List.copyOf(l) == l) {
            return elements(l, seen);
        }
        if (value instanceof Set<?> s && Set.copyOf(s) == s) {
            return elements(s, seen);
        }
        if (value instanceof Map<?, ?> m && Map.copyOf(m) == m) {
            Optional<String> keys = elements(m.keySet(), seen);
            return keys.isPresent() ? keys : elements(m.values(), seen);
        }
        return Optional.of("a " + type.getName() + ", which can change");
    }

    private static Optional<String> elements(Iterable<?> values, Set<Object> seen) throws IllegalAccessException {
        for (Object v : values) {
            Optional<String> why = mutable(v, seen);
            if (why.isPresent()) {
                return Optional.of("holds " + why.get());
            }
        }
        return Optional.empty();
    }

    /** The instance fields of a record or an enum constant of the reading code: final, each an immutable value. */
    private static Optional<String> fields(Object value, Set<Object> seen) throws IllegalAccessException {
        for (Class<?> c = value.getClass(); c != null && c != Object.class && c != Enum.class && c != Record.class;
             c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (!Modifier.isFinal(f.getModifiers())) {
                    return Optional.of(c.getSimpleName() + "." + f.getName() + " is not final");
                }
                f.setAccessible(true);
                Optional<String> why = mutable(f.get(value), seen);
                if (why.isPresent()) {
                    return Optional.of(c.getSimpleName() + "." + f.getName() + " holds " + why.get());
                }
            }
        }
        return Optional.empty();
    }

    /** Deep copies of the byte scans' tables, by field. */
    private static Map<String, Object> scanTables() throws Exception {
        Map<String, Object> tables = new TreeMap<>();
        for (String name : SCAN_TABLES) {
            Class<?> c = Class.forName(name);
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType().isArray()) {
                    f.setAccessible(true);
                    tables.put(name + "." + f.getName(), deepCopy(f.get(null)));
                }
            }
        }
        return tables;
    }

    private static Object deepCopy(Object array) {
        if (array instanceof byte[] b) {
            return b.clone();
        }
        Object[] copy = ((Object[]) array).clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] != null && copy[i].getClass().isArray() ? deepCopy(copy[i]) : copy[i];
        }
        return copy;
    }

    /** Ways of keeping state that the check must find, one field each. */
    private static final class Caches {
        static final Map<String, String> CACHE = new ConcurrentHashMap<>();
        static volatile String LAST = "";
        static final AtomicLong READS = new AtomicLong();
        static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(StringBuilder::new);
        static final int[] COUNTS = new int[4];
        static final List<String> SEEN = new ArrayList<>();
        static final List<String> WRAPPED = Collections.unmodifiableList(new ArrayList<>());
        static final List<Object> MUTABLE_INSIDE = List.of(new StringBuilder());
        static final Held HELD = new Held(new ArrayList<>());
        static final Set<Integer> VIEW = Arrays.stream(new Integer[] {1}).collect(Collectors.toSet());
    }

    /** Constants the check must pass. */
    private static final class Constants {
        static final int LIMIT = 8;
        static final String TEXT = "填报单位";
        static final Pattern DIGITS = Pattern.compile("\\d+");
        static final BigDecimal ZERO = BigDecimal.ZERO;
        static final List<String> LABELS = List.of("a", "b");
        static final Map<String, List<Integer>> TABLE = Map.of("a", List.of(1, 2));
        static final Held HELD = new Held(List.of("x"));
        static final MetaKey KEY = MetaKey.AGENCY;
        static final RawCell EMPTY = RawCell.EMPTY;
    }

    private record Held(List<String> values) {
    }
}
