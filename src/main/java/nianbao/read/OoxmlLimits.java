package nianbao.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The reader's zip-bomb limits (entry count, inflated size per part, inflation ratio) applied to POI,
 * for every place where POI itself opens an OOXML package (annotated copies, Word reports).
 */
public final class OoxmlLimits {

    private OoxmlLimits() {
    }

    /** Sets POI's {@link ZipSecureFile} limits to the reader's; idempotent and cheap. */
    public static void apply() {
        ZipSecureFile.setMaxFileCount(ZipParts.MAX_ENTRIES);
        ZipSecureFile.setMaxEntrySize(ZipParts.MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(1.0 / ZipParts.MAX_RATIO);
    }
}
