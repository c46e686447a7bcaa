package nianbao.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers written down beside a sample report ({@code *.expected.json}): agency, year, format,
 * the values ({@code null} where the printed cell is blank) and the identities the tables break.
 */
record Expected(String agency, int year, String format, Map<String, BigDecimal> values, List<String> identityBreaks) {

    static Expected read(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            String agency = "";
            String format = "";
            int year = 0;
            Map<String, BigDecimal> values = new HashMap<>();
            List<String> breaks = new ArrayList<>();
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "agency" -> agency = p.getText();
                    case "year" -> year = p.getIntValue();
                    case "format" -> format = p.getText();
                    case "values" -> {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            values.put(key, p.nextToken() == JsonToken.VALUE_NULL ? null : p.getDecimalValue());
                        }
                    }
                    case "identity_breaks" -> {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            breaks.add(p.getText());
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return new Expected(agency, year, format, values, breaks);
        }
    }
}
