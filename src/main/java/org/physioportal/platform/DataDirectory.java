package org.physioportal.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data directory ({@code portal.data-dir}) holds the H2 database with the password hashes and
 * the remember-me key, so it is the portal user's alone: created {@code rwx------} before anything
 * opens it (this runs before the beans are made), with its {@code db} and {@code secrets}
 * subdirectories, and its secret files {@code rw-------}. H2 creates its files with the process's
 * umask (Java cannot set one), so once the database is open, and every minute after, every file in
 * a private data directory is made owner-only ({@link #ownerOnly}, run by {@link PrivateDataFiles}):
 * the database, its trace and temporary files, the index and the media. A data directory that
 * others can enter is the operator's doing: it, and the database or secret that others can reach
 * through it (every directory on the way open to them, and the file itself), is reported at start
 * with a warning and left as it is: the operator decides.
 */
@Component
public class DataDirectory implements BeanFactoryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    /** The subdirectories whose files are secret (the database, the keys); media and index are public text. */
    private static final List<String> PRIVATE = List.of("db", "secrets");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Path dir = Path.of(environment.getProperty("portal.data-dir", "./data"));
        prepare(dir);
        List<Path> open = tooOpen(dir);
        if (!open.isEmpty()) {
            log.warn(
                    "Others may read the portal's data ({} holds password hashes and the remember-me key): {}. "
                            + "Run: chmod -R go-rwx {}",
                    dir,
                    open,
                    dir);
        }
    }

    /** Creates the directory and its private subdirectories owner-only where they do not exist yet. */
    public static void prepare(Path dir) {
        PRIVATE.forEach(name -> createPrivateDirectories(dir.resolve(name)));
    }

    /** Writes a secret file owner-only (its directories too, when new); the file must not exist yet. */
    public static Path writePrivate(Path file, String content) {
        createPrivateDirectories(file.toAbsolutePath().getParent());
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            }
            return Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /**
     * The data directory, its private subdirectories and their files that group or others can
     * reach: the path gives them some access, and so does every directory between it and {@code dir}.
     */
    public static List<Path> tooOpen(Path dir) {
        List<Path> open = new ArrayList<>();
        if (!posix() || !Files.isDirectory(dir) || !open(dir)) {
            return open;
        }
        open.add(dir);
        for (String name : PRIVATE) {
            Path sub = dir.resolve(name);
            if (Files.isDirectory(sub) && open(sub)) {
                try (Stream<Path> files = Files.walk(sub, 3)) {
                    files.filter(p -> reachable(dir, p)).forEach(open::add);
                } catch (IOException e) {
                    log.warn("Cannot check the permissions under {}: {}", sub, e.getMessage());
                }
            }
        }
        return open;
    }

    /**
     * In a private data directory (others cannot enter it), takes group's and others' permissions
     * from every regular file under it that has some (links are not followed); returns those files.
     * An open data directory is left to the operator (and warned about at start). Files that vanish
     * meanwhile (H2's and Lucene's temporary files) are skipped.
     */
    public static List<Path> ownerOnly(Path dir) {
        List<Path> changed = new ArrayList<>();
        if (!posix() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || open(dir)) {
            return changed;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && ownerOnlyFile(file)) {
                        changed.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof NoSuchFileException)) {
                        log.warn("Cannot check the permissions of {}: {}", file, e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.warn("Cannot check the permissions under {}: {}", dir, e.getMessage());
        }
        return changed;
    }

    private static boolean ownerOnlyFile(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
            if (permissions.stream().noneMatch(OTHERS::contains)) {
                return false;
            }
            Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
            owner.addAll(permissions);
            owner.removeAll(OTHERS);
            Files.setPosixFilePermissions(file, owner);
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            log.warn("Cannot make {} owner-only: {}", file, e.getMessage());
            return false;
        }
    }

    private static boolean reachable(Path dir, Path path) {
        for (Path p = path; p != null && !p.equals(dir); p = p.getParent()) {
            if (!open(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean open(Path path) {
        try {
            return Files.getPosixFilePermissions(path).stream().anyMatch(OTHERS::contains);
        } catch (IOException e) {
            log.warn("Cannot read the permissions of {}: {}", path, e.getMessage());
            return false;
        }
    }

    private static void createPrivateDirectories(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            FileAttribute<?>[] attributes = posix()
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR)}
                    : new FileAttribute<?>[0];
            Files.createDirectory(absolute, attributes);
            if (posix()) {
                // the umask may have taken bits away, never added them; set exactly
                Files.setPosixFilePermissions(absolute, OWNER_ONLY_DIR);
            }
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            // another thread or process made it meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + absolute, e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
