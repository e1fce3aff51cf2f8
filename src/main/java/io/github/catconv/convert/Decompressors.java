package io.github.catconv.convert;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;

/**
 * The decompressors beyond the JDK's gzip (Commons Compress, with XZ for Java and zstd-jni). A
 * class of its own so that the JVM loads them, and the native zstd library, only when an input
 * is compressed so; a plain-text run loads none (StartupClassesTest).
 */
final class Decompressors {

    private Decompressors() {
    }

    /** Concatenated streams ({@code cat a.bz2 b.bz2}) are read to their end, as the tools do. */
    static InputStream bzip2(InputStream in) throws IOException {
        return new BZip2CompressorInputStream(in, true);
    }

    static InputStream xz(InputStream in) throws IOException {
        return new XZCompressorInputStream(in, true);
    }

    static InputStream zstd(InputStream in) throws IOException {
        return new ZstdCompressorInputStream(in);
    }
}
