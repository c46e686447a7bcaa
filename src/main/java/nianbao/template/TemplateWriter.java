package nianbao.template;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.MetaKey;
import nianbao.io.OutputRefusedException;
import nianbao.io.SafeOutput;
import nianbao.model.CellAddress;

/**
 * Writes the official template with POI: the data sheet laid out by {@link TemplateLayout}, locked
 * formulas with cached values, validated unlocked inputs, the live check block, one defined name per
 * key, and the 填报说明 sheet. Build it in memory with {@link #workbook}, or write it with {@link #write}.
 */
public final class TemplateWriter {

    /** Custom document property holding {@link Form#VERSION}. */
    public static final String FORM_VERSION_PROPERTY = "FormVersion";
    /** Custom document property holding {@link TemplateLayout#VERSION}. */
    public static final String TEMPLATE_VERSION_PROPERTY = "TemplateVersion";

    private final String password;

    /** A writer whose sheets are protected without a password. */
    public TemplateWriter() {
        this(null);
    }

    /** A writer whose sheets and structure are protected with this password (SHA-512), or none when null or empty. */
    public TemplateWriter(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    /** The template with the filling written in and every formula's cached value set accordingly. */
    public XSSFWorkbook workbook(Filling filling) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        XSSFSheet data = wb.createSheet(TemplateLayout.SHEET);
        new DataSheet(data, styles, filling).write();
        XSSFSheet guide = wb.createSheet(TemplateLayout.GUIDE_SHEET);
        new GuideSheet(guide, styles).write();
        names(wb);
        properties(wb.getProperties());
        protect(data);
        protect(guide);
        lockStructure(wb);
        wb.setActiveSheet(0);
        return wb;
    }

    /** Writes the template to {@code target}; refuses to replace an existing file unless {@code force}. */
    public void write(Path target, boolean force, Filling filling) throws IOException, OutputRefusedException {
        SafeOutput.check(target, force);
        try (XSSFWorkbook wb = workbook(filling)) {
            SafeOutput.write(target, force, wb::write);
        }
    }

    private static void names(XSSFWorkbook wb) {
        for (Field f : Form.fields()) {
            name(wb, f.key(), TemplateLayout.cell(f));
        }
        for (MetaKey m : MetaKey.values()) {
            name(wb, m.key(), TemplateLayout.cell(m));
        }
    }

    private static void name(XSSFWorkbook wb, String key, CellAddress cell) {
        Name name = wb.createName();
        name.setNameName(key);
        name.setRefersToFormula(cell.absolute());
    }

    private static void properties(POIXMLProperties properties) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(Form.REPORT + "数据模板");
        core.setCreator("nianbao");
        core.setDescription("表式 " + Form.VERSION + " 版（国办公开办函〔2021〕30号），模板第 " + TemplateLayout.VERSION + " 版");
        properties.getCustomProperties().addProperty(FORM_VERSION_PROPERTY, Form.VERSION);
        properties.getCustomProperties().addProperty(TEMPLATE_VERSION_PROPERTY, TemplateLayout.VERSION);
    }

    private void protect(XSSFSheet sheet) {
        if (password != null) {
            sheet.setSheetPassword(password, HashAlgorithm.sha512);
        }
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private void lockStructure(XSSFWorkbook wb) {
        if (password != null) {
            wb.setWorkbookPassword(password, HashAlgorithm.sha512);
        }
        wb.lockStructure();
    }
}
