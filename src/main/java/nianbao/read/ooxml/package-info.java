/**
 * An .xlsx/.xlsm workbook read part by part ({@link nianbao.read.ooxml.OoxmlBook}): the workbook part and its
 * relationships, the sheets and shared strings, each through a byte scan of the plain shape with its StAX
 * twin for anything else, the two held equal by tests.
 */
package nianbao.read.ooxml;
