package nianbao.desk;

import java.util.Optional;
import nianbao.io.InputFiles;

/** What a received name is taken for, judged from its shown name alone: a return, a .zip of them, or a file passed over and why. */
enum Arrival {
    RETURN, ZIP, PASSED_OVER;

    /** Why a file of this shown name is passed over, or empty when it is a return or a .zip. */
    static Optional<String> whyPassedOver(String shown, boolean insideZip) {
        String name = ShownName.last(shown);
        String ext = ShownName.extension(shown);
        if (name.startsWith("~$")) {
            return Optional.of("Office 临时锁定文件，已跳过");
        }
        if (name.startsWith(".") || shown.startsWith("__MACOSX/") || shown.contains("/__MACOSX/")) {
            return Optional.of("隐藏文件，已跳过");
        }
        if (ext.equals("ods")) {
            return Optional.of("LibreOffice 的 .ods 表格，已跳过：" + InputFiles.SAVE_AS_XLSX);
        }
        if (ext.equals("zip") && insideZip) {
            return Optional.of("压缩包中的压缩包没有展开，已跳过；请把它解压后再上传其中的报表");
        }
        if (!InputFiles.WORKBOOKS.contains(ext) && !ext.equals("zip")) {
            return Optional.of("不是报表文件（报表应为 .xlsx、.xlsm、.xls，或装有它们的 .zip），已跳过");
        }
        return Optional.empty();
    }

    static Arrival of(String shown, boolean insideZip) {
        if (whyPassedOver(shown, insideZip).isPresent()) {
            return PASSED_OVER;
        }
        return ShownName.extension(shown).equals("zip") ? ZIP : RETURN;
    }
}
