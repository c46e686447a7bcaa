package nianbao.consolidate;

/**
 * The indexes of the cell styles the added sheets use, as the base holds them ({@link BaseWorkbook.AddedStyle}).
 *
 * @param head header rows: bold, wrapped, centred, boxed on grey
 * @param key the row or column of keys kept for machines
 * @param wrap rows of long text, wrapped from the top
 */
record SheetStyles(int head, int key, int wrap) {

    static SheetStyles of(SummaryBase base) {
        return new SheetStyles(base.style(BaseWorkbook.AddedStyle.HEAD), base.style(BaseWorkbook.AddedStyle.KEY),
                base.style(BaseWorkbook.AddedStyle.WRAP));
    }
}
