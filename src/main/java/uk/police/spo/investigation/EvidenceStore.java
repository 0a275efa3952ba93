package uk.police.spo.investigation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files on disk, one per {@link EvidenceItem}, named by the item's id under
 * {@code spo.investigation.evidence.directory}. A file is streamed once: its size is counted against the limit, its
 * SHA-256 computed and its first bytes kept to tell its type. The file is in place before its row is written, and is
 * removed again when the transaction does not commit, so no row ever points at a missing file.
 */
@Service
public class EvidenceStore {

	private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);

	private final EvidenceItemRepository items;

	private final Path directory;

	private final long maxSize;

	private final Clock clock;

	EvidenceStore(EvidenceItemRepository items, InvestigationProperties properties, Clock clock) {
		this.items = items;
		this.directory = properties.evidence().directory();
		this.maxSize = properties.evidence().maxSize().toBytes();
		this.clock = clock;
	}

	/** The largest file accepted, in bytes. */
	long maxSize() {
		return maxSize;
	}

	/** A stored item and where its file is. */
	record StoredEvidence(EvidenceItem item, Path file) {
	}

	/**
	 * Stores an item of a case's evidence log with its file.
	 * @throws EvidenceRefusedException when the file is larger than allowed or not of an accepted type
	 */
	@Transactional
	EvidenceItem store(UUID caseId, EvidenceKind kind, String description, InputStream content, String recordedBy)
			throws IOException {
		Files.createDirectories(directory);
		Path upload = Files.createTempFile(directory, "upload-", ".part");
		try {
			Received received = receive(content, upload);
			EvidenceType type = EvidenceType.sniff(received.head(), received.headLength())
				.orElseThrow(() -> new EvidenceRefusedException(EvidenceRefusedException.Reason.TYPE_NOT_ACCEPTED));
			UUID id = UUID.randomUUID();
			Path file = directory.resolve(id.toString());
			Files.move(upload, file, StandardCopyOption.ATOMIC_MOVE);
			deleteUnlessCommitted(file);
			return items.saveAndFlush(new EvidenceItem(id, caseId, kind, description, type, received.size(),
					received.sha256(), recordedBy, clock.instant()));
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	@Transactional(readOnly = true)
	long countOf(UUID caseId) {
		return items.countByCaseId(caseId);
	}

	@Transactional(readOnly = true)
	List<EvidenceItem> itemsOf(UUID caseId) {
		return items.findByCaseIdOrderByRecordedAt(caseId);
	}

	@Transactional(readOnly = true)
	Optional<StoredEvidence> find(UUID caseId, UUID itemId) {
		return items.findByIdAndCaseId(itemId, caseId).map(item -> new StoredEvidence(item, fileOf(item.id())));
	}

	/**
	 * The retention purge: every item of the case goes, and its file once the purge commits, so that a purge rolled
	 * back loses no evidence.
	 */
	@Transactional
	public int deleteAllFor(UUID caseId) {
		List<EvidenceItem> found = items.findByCaseIdOrderByRecordedAt(caseId);
		items.deleteAll(found);
		// now, not at commit: the purge deletes the case's rows by JDBC next, and a late flush would find them gone
		items.flush();
		List<Path> files = found.stream().map(item -> fileOf(item.id())).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				deleteAfterPurge(caseId, files);
			}
		});
		return found.size();
	}

	/**
	 * The purge has committed: its ERASE audit entry is written and the case's timeline is gone, so a file that
	 * cannot be deleted is reported here, not thrown (which would tell the approver a committed purge failed). The
	 * line names the case by its id and the files by their item ids, which are no one's personal data and are what an
	 * operator needs to remove the files by hand.
	 */
	private void deleteAfterPurge(UUID caseId, List<Path> files) {
		List<String> left = new ArrayList<>();
		String cause = null;
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				left.add(file.getFileName().toString());
				cause = e.getClass().getName();
			}
		}
		if (!left.isEmpty()) {
			log.error("Retention purge of case {}: {} of {} evidence file(s) could not be deleted from {} ({}); "
					+ "delete them by hand: {}", caseId, left.size(), files.size(), directory, cause, left);
		}
	}

	private Path fileOf(UUID itemId) {
		return directory.resolve(itemId.toString());
	}

	private record Received(long size, String sha256, byte[] head, int headLength) {
	}

	private Received receive(InputStream content, Path target) throws IOException {
		MessageDigest sha256 = sha256();
		byte[] head = new byte[EvidenceType.HEAD];
		int headLength = 0;
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				size += read;
				if (size > maxSize) {
					throw new EvidenceRefusedException(EvidenceRefusedException.Reason.TOO_LARGE);
				}
				int toHead = Math.min(read, head.length - headLength);
				System.arraycopy(buffer, 0, head, headLength, toHead);
				headLength += toHead;
				out.write(buffer, 0, read);
			}
		}
		return new Received(size, HexFormat.of().formatHex(sha256.digest()), head, headLength);
	}

	private static void deleteUnlessCommitted(Path file) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteFile(file);
				}
			}
		});
	}

	private static void deleteFile(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not delete evidence file " + file.getFileName(), e);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

}
