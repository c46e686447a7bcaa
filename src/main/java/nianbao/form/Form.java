package nianbao.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole numeric form of the 2021 national format: its 200 fields in printed order, the formula
 * each total computes, and the balancing identities. Every other part of nianbao reads it from here.
 */
public final class Form {

    /** The national format this model describes (国办公开办函〔2021〕30号). */
    public static final String VERSION = "2021";

    /** The report's name, as its titles print it after the agency and year: 湛河区信访局2024年政府信息公开工作年度报告. */
    public static final String REPORT = "政府信息公开工作年度报告";

    /** How many numeric cells the form has. */
    public static final int SIZE = 200;

    private static final List<Field> FIELDS;
    private static final Map<String, Field> BY_KEY;
    private static final List<Identity> IDENTITIES;
    private static final Map<Field, List<Field>> FORMULAS;

    static {
        List<Field> fields = new ArrayList<>(SIZE);
        for (DisclosureItem item : DisclosureItem.values()) {
            for (int c = 0; c < item.columnKeys().size(); c++) {
                fields.add(new Field(fields.size(),
                        "disclosure." + item.key() + "." + item.columnKeys().get(c),
                        Section.DISCLOSURE,
                        List.of(item.group().heading(), item.label()),
                        List.of(item.group().columnLabels().get(c)),
                        item.group().shortLabels().get(c),
                        item == DisclosureItem.FEES ? ValueType.AMOUNT : ValueType.COUNT,
                        Role.INPUT));
            }
        }
        for (MatrixRow row : MatrixRow.values()) {
            for (Applicant col : Applicant.values()) {
                List<String> columnLabels = new ArrayList<>();
                if (!col.isTotal()) {
                    columnLabels.add(Applicant.HEADER);
                }
                columnLabels.addAll(col.labels());
                fields.add(new Field(fields.size(), matrixKey(row, col), Section.APPLICATION,
                        row.labels(), columnLabels, col.label(), ValueType.COUNT,
                        row.isTotal() || col.isTotal() ? Role.FORMULA : Role.INPUT));
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewOutcome outcome : ReviewOutcome.values()) {
                fields.add(new Field(fields.size(), reviewKey(group, outcome), Section.REVIEW,
                        group.labels(), List.of(outcome.label()), outcome.label(), ValueType.COUNT,
                        outcome.isTotal() ? Role.FORMULA : Role.INPUT));
            }
        }
        if (fields.size() != SIZE) {
            throw new IllegalStateException("the form must have " + SIZE + " fields, has " + fields.size());
        }
        FIELDS = Collections.unmodifiableList(fields);
        Map<String, Field> byKey = new LinkedHashMap<>();
        fields.forEach(f -> byKey.put(f.key(), f));
        BY_KEY = Collections.unmodifiableMap(byKey);
        IDENTITIES = List.copyOf(buildIdentities());
        Map<Field, List<Field>> formulas = new LinkedHashMap<>();
        for (Identity identity : IDENTITIES) {
            if (identity.kind() != IdentityKind.BALANCE) {
                formulas.put(identity.left().get(0), identity.right()); // results_total overrides the corner's row_total
            }
        }
        FORMULAS = Collections.unmodifiableMap(formulas);
    }

    private Form() {
    }

    /** All 200 fields in printed order: table 二, then the matrix row by row, then table 四. */
    public static List<Field> fields() {
        return FIELDS;
    }

    public static Optional<Field> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The position of a key in {@link #fields()}, or -1 for a key that is not on the form. */
    public static int indexOf(String key) {
        Field f = BY_KEY.get(key);
        return f == null ? -1 : f.index();
    }

    /** The field of a key; throws for a key that is not on the form. */
    public static Field field(String key) {
        Field f = BY_KEY.get(key);
        if (f == null) {
            throw new IllegalArgumentException("not a key of the form: " + key);
        }
        return f;
    }

    public static Field matrix(MatrixRow row, Applicant column) {
        return field(matrixKey(row, column));
    }

    public static Field review(ReviewGroup group, ReviewOutcome outcome) {
        return field(reviewKey(group, outcome));
    }

    public static Field disclosure(DisclosureItem item, String columnKey) {
        return field("disclosure." + item.key() + "." + columnKey);
    }

    /** The 42 balancing identities of form.md §2, in printed order within each kind. */
    public static List<Identity> identities() {
        return IDENTITIES;
    }

    /**
     * The inputs a formula cell sums, as the template's formula writes it: a row's 总计 sums its six
     * applicant columns, (七)总计 sums the 21 result rows of its column (the corner included), and a
     * group's 总计 in table 四 sums its four outcomes.
     */
    public static List<Field> formulaInputs(Field formula) {
        List<Field> inputs = FORMULAS.get(formula);
        if (inputs == null) {
            throw new IllegalArgumentException(formula.key() + " is an input, not a formula");
        }
        return inputs;
    }

    /** What a field shows for these values: an input as given (absent counts as 0), a formula as its sum. */
    public static BigDecimal value(Field field, Map<String, BigDecimal> values) {
        if (field.isInput()) {
            return values.getOrDefault(field.key(), BigDecimal.ZERO);
        }
        return formulaInputs(field).stream().map(f -> value(f, values)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The given values with every formula field set to what its formula computes from them. */
    public static Map<String, BigDecimal> withTotals(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(values);
        for (Field f : FIELDS) {
            if (f.isFormula()) {
                all.put(f.key(), value(f, values));
            }
        }
        return all;
    }

    private static List<Identity> buildIdentities() {
        List<Identity> identities = new ArrayList<>();
        for (MatrixRow row : MatrixRow.values()) {
            identities.add(new Identity(IdentityKind.ROW_TOTAL, "「" + row.label() + "」行",
                    List.of(matrix(row, Applicant.TOTAL)),
                    Applicant.inputs().stream().map(c -> matrix(row, c)).toList()));
        }
        for (Applicant col : Applicant.values()) {
            identities.add(new Identity(IdentityKind.RESULTS_TOTAL, "「" + col.label() + "」列",
                    List.of(matrix(MatrixRow.TOTAL, col)),
                    MatrixRow.results().stream().map(r -> matrix(r, col)).toList()));
        }
        for (Applicant col : Applicant.values()) {
            identities.add(new Identity(IdentityKind.BALANCE, "「" + col.label() + "」列",
                    List.of(matrix(MatrixRow.NEW, col), matrix(MatrixRow.CARRIED_OVER, col)),
                    List.of(matrix(MatrixRow.TOTAL, col), matrix(MatrixRow.CARRIED_FORWARD, col))));
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            identities.add(new Identity(IdentityKind.REVIEW_TOTAL, "「" + group.label() + "」",
                    List.of(review(group, ReviewOutcome.TOTAL)),
                    ReviewOutcome.inputs().stream().map(o -> review(group, o)).toList()));
        }
        return identities;
    }

    private static String matrixKey(MatrixRow row, Applicant column) {
        return "application." + row.key() + "." + column.key();
    }

    private static String reviewKey(ReviewGroup group, ReviewOutcome outcome) {
        return group.key() + "." + outcome.key();
    }
}
