package nianbao.read;

import java.util.stream.Stream;
import nianbao.form.Field;
import nianbao.form.Form;

/** Argument sources shared by the reader's parameterized tests. */
final class ReaderFixtures {

    private ReaderFixtures() {
    }

    static Stream<Field> everyField() {
        return Form.fields().stream();
    }
}
