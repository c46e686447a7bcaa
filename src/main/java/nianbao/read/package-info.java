/**
 * Reading filled returns back from workbooks. The door for other packages is {@link nianbao.read.ReturnReader}
 * (with {@link nianbao.read.LayoutCache}, {@link nianbao.read.UnreadableException}, {@link nianbao.read.DetailRows}
 * for a consolidated workbook's 明细, {@link nianbao.read.FileKind} and {@link nianbao.read.OoxmlLimits}); this
 * package also holds what every part shares (a {@link nianbao.read.Book} of {@link nianbao.read.Grid}s of
 * {@link nianbao.read.RawCell}s, the located {@link nianbao.read.Layout}) and turns a layout into a return.
 * Its parts: {@code zip} (package and part access under limits), {@code ooxml} (.xlsx parts: byte scans and
 * their StAX twins), {@code xls} (.xls through POI), {@code label} (the form found by its printed labels),
 * {@code formula} (the sums the reader computes itself).
 */
package nianbao.read;
