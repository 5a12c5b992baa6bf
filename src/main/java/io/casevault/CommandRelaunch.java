package io.casevault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command-line commands that {@code java -jar casevault.jar} starts again in a second JVM with the app-image
 * launcher's JIT options: the first JVM has none of them, and its optimising compiler then spends more processor time
 * on the command's code than a second JVM's start costs. This process starts the same command again with those options
 * and waits for it, ending it when it is ended itself, and exits with its code; the second JVM does all the work, so
 * what reaches the vault, the terminal and the exit code is the command's own. Started again are:
 * <ul>
 * <li>{@code evidence add} of many files (adding the bench corpus of 250 files took about 0.9 s of processor time
 * more without the options);</li>
 * <li>{@code mail import} of many files or much mail (an mbox of a few hundred messages and more), whose parsing the
 * raised thresholds spare as much;</li>
 * <li>{@code export}, of any size: a dossier's PDF writing, fonts, images and attachments are a few thousand methods
 * the optimising compiler took on without the options, about 1 s of processor time more for a dossier of five
 * exhibits and 1.5 s more for the bench's 250 (src/bench/dossier.sh), against some 0.1 s for the first JVM, which only
 * starts the second.</li>
 * </ul>
 * An add's and an import's second JVM also runs with the throughput collector, as the launcher runs those commands
 * ({@link #IMPORT_OPTIONS}). Each second JVM loads its command's classes from a class-data archive, as the
 * launcher's does (for the export's five thousand classes half a second less): one per kind of command, made by the
 * first such command of a build as it exits with success, and kept in the cache folder beside the window's
 * ({@link JarRelaunch}).
 * Other commands, small adds and imports, and a command's help run in the first JVM.
 * {@code -Dcasevault.relaunch=false} keeps every command in the first JVM.
 */
final class CommandRelaunch {
    /** From this many files on, an add is started again: below, the second JVM's start is a good part of it. */
    static final int MANY_FILES = 32;
    /**
     * The launcher's exemptions from its raised thresholds and its one inlining rule (packaging/linux/build.sh): the
     * PNG check's decoder and Adler-32, and SHA-256's loop over blocks, are compiled early, and mime4j's boundary
     * search is not inlined into the mail parser's largest methods (which made their optimising compiles cost more
     * than they gave); quiet, so the options print nothing on the command's output.
     */
    static final List<String> COMPILE_OPTIONS = List.of("-XX:CompileCommand=quiet",
            "-XX:CompileCommand=CompileThresholdScaling,java.util.zip.Adler32::update,0.001",
            "-XX:CompileCommand=CompileThresholdScaling,io.casevault.media.DeflateDecoder::*,0.1",
            "-XX:CompileCommand=CompileThresholdScaling,sun.security.provider.DigestBase::implCompressMultiBlock0,0.1",
            "-XX:CompileCommand=dontinline,org.apache.james.mime4j.io.MimeBoundaryInputStream::fillBuffer");
    /**
     * The options the launcher adds for the command line's imports alone (packaging/linux/build.sh says why), for an
     * add's and an import's second JVM (an export's keeps G1 and both compilers): the throughput collector, and the
     * optimising compiler for the loops over bytes only.
     */
    static final List<String> IMPORT_OPTIONS = List.of("-XX:+UseParallelGC",
            "-XX:Tier4InvocationThreshold=300", "-XX:Tier4MinInvocationThreshold=100",
            "-XX:Tier4CompileThreshold=500", "-XX:Tier4BackEdgeThreshold=2000",
            "-XX:CompileCommand=MaxNodeLimit,*.*,1",
            "-XX:CompileCommand=MaxNodeLimit,sun.security.provider.SHA2::implCompress*,80000",
            "-XX:CompileCommand=MaxNodeLimit,sun.security.provider.DigestBase::implCompressMultiBlock*,80000",
            "-XX:CompileCommand=MaxNodeLimit,java.util.zip.Adler32::update,80000",
            "-XX:CompileCommand=MaxNodeLimit,io.casevault.media.DeflateDecoder::*,80000",
            "-XX:CompileCommand=MaxNodeLimit,io.casevault.importer.mail.Base64Lines::decode,80000");
    /** The environment variables from which a java takes more options. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");
    /** An option that selects (or turns off) a garbage collector, e.g. -XX:+UseG1GC; not -XX:+UseGCOverheadLimit. */
    private static final Pattern COLLECTOR = Pattern.compile("-XX:[+-]Use\\w*GC\\b");
    /** From this many bytes of mail on, an import is started again (an mbox of some 600 messages). */
    static final long MUCH_MAIL = 16L << 20;
    /** The add and import commands' options that take a value, which is not a file. */
    private static final Set<String> VALUED = Set.of("--case", "--caption", "--me");
    /** The kinds of the commands' class-data archives, beside the window's in the cache folder. */
    static final String ADD_ARCHIVE = "add";
    static final String MAIL_ARCHIVE = "mail";
    static final String EXPORT_ARCHIVE = "export";
    /** A command line's request for help instead of the command. */
    private static final Set<String> HELP = Set.of("-h", "--help");

    private CommandRelaunch() {
    }

    /** The second JVM's exit code, or empty when this one runs the command itself. */
    static OptionalInt run(String[] args) {
        Optional<String> kind = archiveKind(args);
        if (kind.isEmpty() || !JarRelaunch.startedAloneFromJar()) {
            return OptionalInt.empty();
        }
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<List<String>> arguments = JarRelaunch.ownArguments();
        if (java.isEmpty() || arguments.isEmpty()) {
            return OptionalInt.empty();
        }
        // ended itself (a closed terminal, a kill), this process ends the command's JVM too, which stops as any
        // command stopped in the middle does: the vault keeps whole batches only
        return JarRelaunch.runWithArchive(java.get(), arguments.get(), JarRelaunch.archive(Path.of(
                System.getProperty("java.class.path")), kind.get()), options(kind.get(), arguments.get(),
                System.getenv()));
    }

    /**
     * The options of a kind of command's second JVM, besides the launcher's JIT options and its archive: without the
     * import options' collector when the user chose one ({@link #choosesCollector}), as a JVM given two refuses to
     * start.
     *
     * @param arguments this JVM's arguments ({@link JarRelaunch#ownArguments}), which the second JVM is given too
     * @param env       the environment, which the second JVM inherits
     */
    static List<String> options(String kind, List<String> arguments, Map<String, String> env) {
        if (kind.equals(EXPORT_ARCHIVE)) {
            return COMPILE_OPTIONS;
        }
        boolean chosen = choosesCollector(arguments, env);
        List<String> options = new ArrayList<>(COMPILE_OPTIONS);
        IMPORT_OPTIONS.stream().filter(o -> !chosen || !COLLECTOR.matcher(o).find()).forEach(options::add);
        return List.copyOf(options);
    }

    /**
     * Whether the JVM's options before {@code -jar}, or the variables every java reads options from, select a garbage
     * collector ({@code -XX:+UseG1GC}, {@code -XX:+UseSerialGC} …).
     */
    static boolean choosesCollector(List<String> arguments, Map<String, String> env) {
        int jar = arguments.indexOf("-jar");
        List<String> all = new ArrayList<>(jar < 0 ? arguments : arguments.subList(0, jar));
        for (String variable : OPTION_VARIABLES) {
            String value = env.get(variable);
            if (value != null) {
                all.add(value);
            }
        }
        return all.stream().anyMatch(o -> COLLECTOR.matcher(o).find());
    }

    /**
     * The kind of class-data archive the command's second JVM loads its classes from ({@value #ADD_ARCHIVE},
     * {@value #MAIL_ARCHIVE} or {@value #EXPORT_ARCHIVE}, each beside the window's in the cache folder), or empty when
     * the command runs in this JVM.
     */
    static Optional<String> archiveKind(String[] args) {
        if (addsMany(args)) {
            return Optional.of(ADD_ARCHIVE);
        }
        if (importsMuchMail(args)) {
            return Optional.of(MAIL_ARCHIVE);
        }
        return exports(args) ? Optional.of(EXPORT_ARCHIVE) : Optional.empty();
    }

    /**
     * Whether the command line is {@code evidence add} (after any {@code --vault} option) naming at least
     * {@value #MANY_FILES} files.
     */
    static boolean addsMany(String[] args) {
        return files(args, "evidence", "add").size() >= MANY_FILES;
    }

    /**
     * Whether the command line is {@code mail import} naming at least {@value #MANY_FILES} files or files of
     * {@link #MUCH_MAIL} bytes and more together (a file that cannot be read counts nothing).
     */
    static boolean importsMuchMail(String[] args) {
        List<String> files = files(args, "mail", "import");
        if (files.size() >= MANY_FILES) {
            return true;
        }
        long bytes = 0;
        for (String f : files) {
            try {
                bytes += Files.size(Path.of(f));
            } catch (IOException | RuntimeException e) {
                // named by the command itself, which runs here
            }
        }
        return bytes >= MUCH_MAIL;
    }

    /**
     * Whether the command line is {@code export} (after any {@code --vault} option), whatever the dossier's size, and
     * not a request for its help.
     */
    static boolean exports(String[] args) {
        int i = command(args);
        if (i >= args.length || !args[i].equals("export")) {
            return false;
        }
        for (i++; i < args.length; i++) {
            if (HELP.contains(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Where the command starts in the command line: after any {@code --vault} option. */
    private static int command(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("--vault")) {
            i += args[i].equals("--vault") ? 2 : 1;
        }
        return i;
    }

    /** The files named by the command {@code group verb} (after any {@code --vault} option); none for another. */
    private static List<String> files(String[] args, String group, String verb) {
        int i = command(args);
        if (i + 1 >= args.length || !args[i].equals(group) || !args[i + 1].equals(verb)) {
            return List.of();
        }
        List<String> files = new ArrayList<>();
        for (i += 2; i < args.length; i++) {
            if (VALUED.contains(args[i])) {
                i++;
            } else if (!args[i].startsWith("-")) {
                files.add(args[i]);
            }
        }
        return files;
    }
}
