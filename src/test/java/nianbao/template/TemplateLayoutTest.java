package nianbao.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import nianbao.form.Applicant;
import nianbao.form.Field;
import nianbao.form.Form;
import nianbao.form.Identity;
import nianbao.form.MatrixRow;
import nianbao.form.MetaKey;
import nianbao.form.ReviewGroup;
import nianbao.form.ReviewOutcome;
import nianbao.template.TemplateLayout.Label;

class TemplateLayoutTest {

    static Stream<Field> fields() {
        return Form.fields().stream();
    }

    @ParameterizedTest
    @MethodSource("fields")
    void everyFieldSitsInsideThePrintArea(Field field) {
        Region r = TemplateLayout.region(field);
        assertThat(r.lastRow()).as(field.key()).isLessThanOrEqualTo(TemplateLayout.lastRow());
        assertThat(r.lastColumn()).as(field.key()).isLessThanOrEqualTo(TemplateLayout.lastColumn());
        assertThat(r.firstRow()).as(field.key()).isGreaterThanOrEqualTo(TemplateLayout.headerRows());
        assertThat(TemplateLayout.cell(field).sheet()).isEqualTo("年报数据");
    }

    @Test
    void noTwoThingsShareACell() {
        List<Region> all = new ArrayList<>();
        Form.fields().forEach(f -> all.add(TemplateLayout.region(f)));
        Stream.of(MetaKey.values()).forEach(m -> all.add(TemplateLayout.region(m)));
        TemplateLayout.labels().forEach(l -> all.add(l.region()));
        Formulas.balances().forEach(b -> all.add(TemplateLayout.check(b)));
        all.add(TemplateLayout.status());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).overlaps(all.get(j))).as(all.get(i) + " and " + all.get(j)).isFalse();
            }
        }
    }

    @Test
    void matrixHasItsApplicantsInColumnsIToOInPrintedRowOrder() {
        int first = TemplateLayout.cell(Form.matrix(MatrixRow.NEW, Applicant.NATURAL_PERSON)).row();
        for (MatrixRow row : MatrixRow.values()) {
            for (Applicant col : Applicant.values()) {
                assertThat(TemplateLayout.cell(Form.matrix(row, col)).a1())
                        .isEqualTo("IJKLMNO".charAt(col.ordinal()) + String.valueOf(first + row.ordinal() + 1));
            }
        }
    }

    @Test
    void tableFourIsOneRowOfFifteenCellsFromColumnA() {
        int row = TemplateLayout.cell(Form.review(ReviewGroup.REVIEW, ReviewOutcome.UPHELD)).row();
        List<Integer> columns = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            for (ReviewOutcome o : ReviewOutcome.values()) {
                assertThat(TemplateLayout.cell(Form.review(g, o)).row()).isEqualTo(row);
                columns.add(TemplateLayout.cell(Form.review(g, o)).column());
            }
        }
        assertThat(columns).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 15).boxed().toList());
        assertThat(TemplateLayout.lastRow()).isEqualTo(row);
    }

    @Test
    void resultsLabelSpansTheResultRowsAndTheirTotalInColumnA() {
        Label results = label("三、本年度办理结果");
        assertThat(results.region().firstColumn()).isZero();
        assertThat(results.region().lastColumn()).isZero();
        assertThat(results.region().firstRow()).isEqualTo(TemplateLayout.cell(Form.matrix(MatrixRow.GRANTED, Applicant.TOTAL)).row());
        assertThat(results.region().lastRow()).isEqualTo(TemplateLayout.cell(Form.matrix(MatrixRow.TOTAL, Applicant.TOTAL)).row());
        Region withheld = label("(三) 不予公开").region();
        assertThat(withheld.lastRow() - withheld.firstRow() + 1).isEqualTo(8);
        assertThat(label("一、本年新收政府信息公开申请数量").region().lastColumn()).isEqualTo(7);
        assertThat(label("(一) 予以公开").region()).extracting(Region::firstColumn, Region::lastColumn).containsExactly(1, 7);
        assertThat(withheld).extracting(Region::firstColumn, Region::lastColumn).containsExactly(1, 2);
        assertThat(label("1.属于国家秘密").region()).extracting(Region::firstColumn, Region::lastColumn).containsExactly(3, 7);
    }

    @Test
    void balanceNoteAndHeadersSitOverTheMatrix() {
        Region note = label(MatrixRow.BALANCE_NOTE).region();
        Region applicants = label("申请人情况").region();
        Region total = label("总计", TemplateLayout.cell(Form.matrix(MatrixRow.NEW, Applicant.TOTAL)).column()).region();
        assertThat(note).isEqualTo(new Region(applicants.firstRow(), applicants.firstRow() + 2, 0, 7));
        assertThat(applicants).extracting(Region::firstColumn, Region::lastColumn).containsExactly(8, 13);
        assertThat(total).isEqualTo(new Region(applicants.firstRow(), applicants.firstRow() + 2, 14, 14));
        assertThat(label("法人或其他组织").region()).extracting(Region::firstColumn, Region::lastColumn).containsExactly(9, 13);
        assertThat(label("行政诉讼").region()).extracting(Region::firstColumn, Region::lastColumn).containsExactly(5, 14);
        assertThat(label("本年收费金额（单位：万元）").region().firstColumn()).isEqualTo(6);
    }

    @Test
    void everyColumnHasOneWidthSoThatTableFoursCellsAreEven() {
        assertThat(java.util.stream.IntStream.rangeClosed(0, TemplateLayout.lastColumn()).map(TemplateLayout::columnWidth).distinct())
                .hasSize(1);
    }

    @Test
    void aHeaderTooWideForItsColumnsBreaksBetweenTwoCharacterWords() {
        assertThat(TemplateLayout.labels()).extracting(Label::text).contains("社会公益\n组织", "法律服务\n机构", "商业企业", "结果维持");
        for (Label l : TemplateLayout.labels()) {
            if (l.kind() == TemplateLayout.LabelKind.HEADER) {
                int room = (l.region().lastColumn() - l.region().firstColumn() + 1) * TemplateLayout.columnWidth(0) - 1;
                for (String line : l.text().split("\n")) {
                    assertThat(line.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum()).as(l.text()).isLessThanOrEqualTo(room);
                }
            }
        }
    }

    @Test
    void eachBalanceCheckSitsUnderItsColumnBelowTheMatrix() {
        int below = TemplateLayout.cell(Form.matrix(MatrixRow.CARRIED_FORWARD, Applicant.NATURAL_PERSON)).row() + 1;
        for (Identity b : Formulas.balances()) {
            assertThat(TemplateLayout.check(b).firstRow()).as(b.scope()).isEqualTo(below);
            assertThat(TemplateLayout.check(b).firstColumn()).isEqualTo(TemplateLayout.cell(b.anchor()).column());
        }
        assertThat(TemplateLayout.status().lastRow()).isLessThan(TemplateLayout.headerRows());
    }

    private static Label label(String text) {
        return TemplateLayout.labels().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }

    private static Label label(String text, int column) {
        return TemplateLayout.labels().stream()
                .filter(l -> l.text().equals(text) && l.region().firstColumn() == column).findFirst().orElseThrow();
    }
}
