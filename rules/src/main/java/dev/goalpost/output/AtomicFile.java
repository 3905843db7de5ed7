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
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
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
            if (!moved) {
                Files.deleteIfExists(temp);
            }
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
