/**
 * A zip package's parts read under zip-bomb limits, from memory when the package is plain, and XML parsed
 * without external entities; a part recognised by its stored bytes ({@link nianbao.read.zip.PackedPart}).
 */
package nianbao.read.zip;
