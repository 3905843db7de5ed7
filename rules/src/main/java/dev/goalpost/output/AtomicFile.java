package dev.goalpost.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file whole or not at all: the content goes to a temporary file in the same folder, is forced to the
 * disk ({@code fsync}), and only then renamed over the target, which is atomic on one file system. When anything
 * fails (a full disk, a quota, an error in the content) the temporary file is removed, the old file is left as it
 * was, and the error is thrown. Two runs writing the same file each write a whole file; the last rename wins.
 *
 * <p>A target that exists and is not a regular file ({@code /dev/stdout}, a named pipe, {@code /dev/full}) cannot
 * be replaced; it is written in place, and every write error is still thrown.
 */
public final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /*
     * Temporary names are made here rather than by Files.createTempFile, whose random names start the JDK's
     * security providers and a SecureRandom: a fifth of a small lint's time after start-up. A unique name is
     * enough, because the file is created with O_EXCL (CREATE_NEW), which fails on any existing file or link.
     */
    private static final long PROCESS = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() & 0xFFFFFFFL);

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code target} atomically, creating missing parent folders.
     *
     * @throws IOException when the content cannot be written whole; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            // Replace what the link points to, not the link itself.
            file = file.toRealPath();
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            if (Files.isDirectory(file)) {
                throw new IOException(target + " is a folder");
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.WRITE), 64 * 1024)) {
                content.writeTo(out);
            }
            return;
        }
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temp = null;
        boolean moved = false;
        try {
            FileChannel created = null;
            for (int attempt = 0; created == null; attempt++) {
                temp = folder.resolve("." + file.getFileName() + "." + PROCESS + "-" + COUNTER.incrementAndGet()
                        + ".tmp");
                try {
                    created = createNew(temp);
                } catch (FileAlreadyExistsException e) {
                    // Left by a run that was killed, or a name someone else took: try the next one.
                    temp = null;
                    if (attempt == 99) {
                        throw e;
                    }
                }
            }
            try (FileChannel channel = created) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            permissions(temp, file);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncFolder(folder);
        } finally {
            if (!moved && temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Creates {@code temp}, which must not exist, readable by its owner only until it is complete. */
    private static FileChannel createNew(Path temp) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            return FileChannel.open(temp, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException e) {
            return FileChannel.open(temp, options);
        }
    }

    /** Writes text as UTF-8 atomically. */
    public static void writeString(Path target, CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes));
    }

    /** The new file keeps the old one's permissions, or gets rw-r--r-- (a temporary file starts as rw-------). */
    private static void permissions(Path temp, Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE;
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the platform's defaults apply.
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which costs only durability. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
