package nianbao.template;

/** Text as XML element content, escaped the way POI writes a cell's text. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes {@code & < >} and a carriage return (which XML would read as a line feed); characters
     * XML 1.0 cannot carry become '?', as POI makes them. Lone surrogates become '?' in UTF-8 encoding.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                default -> sb.append(ch < 0x20 && ch != '\t' && ch != '\n' || ch == 0xFFFE || ch == 0xFFFF ? '?' : ch);
            }
        }
        return sb.toString();
    }
}
