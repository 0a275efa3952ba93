package uk.police.spo.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The embedded default's H2 database holds every case: its folder is made owner-only ({@code rwx------}) and its file
 * ({@code <name>.mv.db}) is created empty and owner-only ({@code rw-------}) before the pool's first connection, so H2
 * opens it as a new database and keeps writing into it; H2 itself creates files with the process's umask. The folder
 * also keeps H2's other files (trace, temporary) and, by default, the local data key and the evidence files. An
 * existing folder or file that others may read is left as it is, with a warning saying how to fix it. Only file URLs
 * on a POSIX file system; a server or in-memory database is not touched.
 */
@Component
class OwnerOnlyDatabaseFiles implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(OwnerOnlyDatabaseFiles.class);

	static final String OWNER_ONLY_FOLDER = "rwx------";

	static final String OWNER_ONLY_FILE = "rw-------";

	private static final List<String> NOT_A_FILE = List.of("mem:", "tcp:", "ssl:", "zip:");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
			databaseFile(pool.getJdbcUrl()).ifPresent(OwnerOnlyDatabaseFiles::prepare);
		}
		return bean;
	}

	/** The {@code .mv.db} file an H2 file URL names ({@code jdbc:h2:file:./data/spo-cases;...}); empty for others. */
	static Optional<Path> databaseFile(String jdbcUrl) {
		if (!jdbcUrl.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String name = jdbcUrl.substring("jdbc:h2:".length());
		int settings = name.indexOf(';');
		name = settings < 0 ? name : name.substring(0, settings);
		if (NOT_A_FILE.stream().anyMatch(name::startsWith)) {
			return Optional.empty();
		}
		name = name.startsWith("file:") ? name.substring("file:".length()) : name;
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name + ".mv.db").toAbsolutePath().normalize());
	}

	static void prepare(Path databaseFile) {
		if (!databaseFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			Path folder = databaseFile.getParent();
			if (!Files.exists(folder)) {
				Files.createDirectories(folder,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FOLDER)));
			}
			else {
				warnIfOthersMayRead(folder);
			}
			if (!Files.exists(databaseFile)) {
				createEmpty(databaseFile);
			}
			else {
				warnIfOthersMayRead(databaseFile);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot prepare the database's folder " + databaseFile.getParent(), e);
		}
	}

	private static void createEmpty(Path databaseFile) throws IOException {
		try {
			Files.createFile(databaseFile,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_ONLY_FILE)));
		}
		catch (FileAlreadyExistsException anotherStartWasFirst) {
			warnIfOthersMayRead(databaseFile);
		}
	}

	private static void warnIfOthersMayRead(Path path) throws IOException {
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
		if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
			log.warn("{} can be reached by other users of this machine ({}): it holds the cases; make it owner-only "
					+ "(chmod {} {})", path, PosixFilePermissions.toString(permissions),
					Files.isDirectory(path) ? "700" : "600", path);
		}
	}

}
