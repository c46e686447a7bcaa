/**
 * The form found in a workbook without the template's names, by its printed row labels and column headers
 * ({@link nianbao.read.label.LabelLayout}); the header fields from their labels or the report's title.
 */
package nianbao.read.label;
