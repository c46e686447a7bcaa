package nianbao.desk;

import com.fasterxml.jackson.databind.JsonNode;

/** The season as the page sets it: a consolidating body of at most 100 characters, a four-digit year or none. */
final class SeasonInput {

    private SeasonInput() {
    }

    static Season parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw DeskError.badRequest("本期设置应为 JSON 对象，例如 {\"body\": \"某某区人民政府（全区汇总）\", \"year\": 2024}");
        }
        String name = body.path("body").isTextual() ? ShownName.of(body.path("body").asText()) : "";
        if (ShownName.UNNAMED.equals(name)) {
            name = "";
        }
        if (name.length() > 100) {
            throw DeskError.badRequest("汇总单位名称太长（" + name.length() + " 个字），最多 100 个字");
        }
        JsonNode year = body.path("year");
        if (year.isNull() || year.isMissingNode() || year.isTextual() && year.asText().isBlank()) {
            return new Season(name, null);
        }
        int y = year.isInt() ? year.asInt() : parse(year.asText());
        if (y < 2000 || y > 2100) {
            throw DeskError.badRequest("年度应为 2000 至 2100 之间的四位数字，收到：" + year.asText());
        }
        return new Season(name, y);
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw DeskError.badRequest("年度应为四位数字，如 2024，收到：" + text);
        }
    }
}
