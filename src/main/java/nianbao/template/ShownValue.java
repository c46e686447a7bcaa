package nianbao.template;

import java.math.BigDecimal;
import java.util.Objects;

/** What a cell of the data sheet shows: a number, or a text. */
public sealed interface ShownValue {

    /** A number: an input value, or a total's cached value. */
    record Numeric(BigDecimal number) implements ShownValue {
        public Numeric {
            Objects.requireNonNull(number, "number");
        }
    }

    /** A text: a header field, or a check's or the status's cached value. */
    record Text(String text) implements ShownValue {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }
}
