import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Gives an installer only its own platform's ONNX Runtime libraries (run by packaging/common.sh and
 * packaging/windows/build.ps1 with the JDK's source launcher, on the OS the installer is built for):
 *
 * <pre>java packaging/OnnxRuntimeNatives.java INPUT_LIB_DIR NATIVE_DIR PLATFORM</pre>
 *
 * The onnxruntime jar carries the libraries of five platforms (about 290 MB unpacked, with macOS debug symbols)
 * under ai/onnxruntime/native/&lt;os&gt;-&lt;arch&gt;/. This copies the libraries of PLATFORM (linux-x64,
 * linux-aarch64, osx-x64, osx-aarch64 or win-x64: the installer's) into NATIVE_DIR and rewrites the jar in INPUT_LIB_DIR without any of them. The launcher then passes
 * -Donnxruntime.native.path=$APPDIR/native, so ONNX Runtime loads the libraries from the installed application and
 * unpacks nothing into the temp folder. Fails when the jar holds no libraries for this platform.
 */
public final class OnnxRuntimeNatives {
    private static final String NATIVE = "ai/onnxruntime/native/";

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java packaging/OnnxRuntimeNatives.java INPUT_LIB_DIR NATIVE_DIR PLATFORM");
            System.exit(2);
        }
        Path jar = onnxRuntimeJar(Path.of(args[0]));
        Path nativeDir = Path.of(args[1]);
        String platform = args[2];
        Files.createDirectories(nativeDir);
        Path stripped = jar.resolveSibling(jar.getFileName() + ".part");
        List<String> copied = new ArrayList<>();
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.startsWith(NATIVE)) {
                    copyEntry(in, entry, out);
                } else if (isLibraryOf(name, platform)) {
                    Path target = nativeDir.resolve(name.substring(name.lastIndexOf('/') + 1));
                    try (InputStream bytes = in.getInputStream(entry)) {
                        Files.copy(bytes, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    copied.add(target.getFileName().toString());
                }
            }
        }
        if (copied.isEmpty()) {
            Files.delete(stripped);
            throw new IOException(jar + " holds no ONNX Runtime library for " + platform);
        }
        Files.move(stripped, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("ONNX Runtime " + platform + " libraries " + copied + " in " + nativeDir + "; "
                + jar.getFileName() + " without natives: " + Files.size(jar) / 1024 + " KB");
    }

    private static Path onnxRuntimeJar(Path lib) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "onnxruntime-*.jar")) {
            jars.forEach(found::add);
        }
        if (found.size() != 1) {
            throw new IOException("expected one onnxruntime-*.jar in " + lib + ", found " + found);
        }
        return found.get(0);
    }

    /** A library directly in this platform's folder; not the macOS debug symbols (.dSYM folders) beside it. */
    private static boolean isLibraryOf(String name, String platform) {
        String rest = name.substring(NATIVE.length());
        return rest.startsWith(platform + "/") && rest.indexOf('/') == rest.lastIndexOf('/') && !rest.endsWith("/");
    }

    private static void copyEntry(ZipFile in, ZipEntry entry, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        try (InputStream bytes = in.getInputStream(entry)) {
            bytes.transferTo(out);
        }
        out.closeEntry();
    }
}
