package uk.police.spo.security.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's key: generated on first start into a file (one line, {@code keyId:base64key}, the syntax of
 * SPO_DATA_KEYS), readable by its owner only where the file system allows, and reused on later starts. Each
 * generated key has an id of its own, so values written with a lost key fail with "key ... is not configured" rather
 * than a generic authentication failure.
 */
final class LocalDataKey {

	private static final Logger log = LoggerFactory.getLogger(LocalDataKey.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private LocalDataKey() {
	}

	static DataKeyRing loadOrCreate(Path file) {
		Path path = file.toAbsolutePath().normalize();
		String source = "the local key file " + path;
		try {
			if (!Files.exists(path)) {
				create(path);
			}
			else {
				warnIfOthersCanRead(path);
			}
			return DataKeyRing.parse(Files.readString(path, StandardCharsets.US_ASCII), null, source,
					"SPO_DATA_KEY_CURRENT");
		}
		catch (IOException e) {
			throw new DataKeyException("Cannot read or create " + source + " (" + e.getClass().getSimpleName() + ": "
					+ e.getMessage() + "). Make its folder writable, or set SPO_DATA_KEYS. "
					+ DataKeyException.HOW_TO_GENERATE);
		}
	}

	private static void create(Path path) throws IOException {
		boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
		Path folder = path.getParent();
		if (folder != null && !Files.exists(folder)) {
			if (posix) {
				Files.createDirectories(folder, posixPermissions("rwx------"));
			}
			else {
				Files.createDirectories(folder);
			}
		}
		String line = "local-" + HexFormat.of().formatHex(randomBytes(4)) + ":"
				+ Base64.getEncoder().encodeToString(randomBytes(DataKeyRing.KEY_BYTES)) + "\n";
		FileAttribute<?>[] ownerOnly = posix
				? new FileAttribute<?>[] { posixPermissions("rw-------") }
				: new FileAttribute<?>[0];
		Set<StandardOpenOption> newFile = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				StandardOpenOption.SYNC);
		try (SeekableByteChannel out = Files.newByteChannel(path, newFile, ownerOnly)) {
			out.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (FileAlreadyExistsException anotherStartWasFirst) {
			return;
		}
		if (!posix) {
			restrictToOwner(path);
		}
		log.warn("Generated a local data encryption key in {}. Back it up with the database: without it the "
				+ "encrypted contact details cannot be read.", path);
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static FileAttribute<Set<PosixFilePermission>> posixPermissions(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}

	/** Windows and other ACL file systems: one entry, for the owner. */
	private static void restrictToOwner(Path path) throws IOException {
		AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (acl == null) {
			log.warn("Cannot restrict {} to its owner on this file system; protect it by other means.", path);
			return;
		}
		acl.setAcl(List.of(AclEntry.newBuilder()
			.setType(AclEntryType.ALLOW)
			.setPrincipal(Files.getOwner(path))
			.setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
					AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
					AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
					AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL,
					AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
			.build()));
	}

	private static void warnIfOthersCanRead(Path path) throws IOException {
		if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
		if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"))) {
			log.warn("{} can be read by other users of this machine ({}); make it owner-only: chmod 600 {}", path,
					PosixFilePermissions.toString(permissions), path);
		}
	}

}
