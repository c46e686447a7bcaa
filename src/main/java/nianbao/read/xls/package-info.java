/** A legacy .xls workbook read through POI HSSF into the reader's own cells ({@link nianbao.read.xls.HssfBook}). */
package nianbao.read.xls;
