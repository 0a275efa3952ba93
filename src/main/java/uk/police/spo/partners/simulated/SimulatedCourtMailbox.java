package uk.police.spo.partners.simulated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The simulated court's mail server: SMTP on {@code localhost:${spo.partners.simulated.smtp-port}} (GreenMail), taking
 * any login, keeping every mail in memory. When the port is taken (another copy of the application on this machine)
 * the application still starts, without it, and says so in its log and on the page.
 */
@Component
@SimulatedPartners
class SimulatedCourtMailbox implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SimulatedCourtMailbox.class);

	private final int port;

	private GreenMail server;

	private volatile boolean running;

	SimulatedCourtMailbox(@Value("${spo.partners.simulated.smtp-port:3025}") int port) {
		this.port = port;
	}

	@Override
	public synchronized void start() {
		GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		try {
			mail.start();
			server = mail;
			log.info("Simulated court SMTP server listening on localhost:{}", port);
		}
		catch (RuntimeException portTaken) {
			log.warn("Simulated court SMTP server could not listen on localhost:{} ({}); the court's mail is not "
					+ "received here", port, portTaken.getMessage());
			mail.stop();
		}
		running = true;
	}

	@Override
	public synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	boolean listening() {
		return server != null;
	}

	int port() {
		return port;
	}

	/** The mails received, newest first. */
	synchronized List<ReceivedMail> received() {
		if (server == null) {
			return List.of();
		}
		MimeMessage[] messages = server.getReceivedMessages();
		List<ReceivedMail> mails = new ArrayList<>();
		for (int i = messages.length - 1; i >= 0; i--) {
			mails.add(read(i + 1, messages[i]));
		}
		return mails;
	}

	Optional<ReceivedMail> mail(int number) {
		return received().stream().filter(m -> m.number() == number).findFirst();
	}

	private static ReceivedMail read(int number, MimeMessage message) {
		try {
			List<ReceivedMail.Attachment> attachments = new ArrayList<>();
			StringBuilder text = new StringBuilder();
			collect(message, text, attachments);
			return new ReceivedMail(number, message.getSubject(), addresses(message.getFrom()),
					addresses(message.getAllRecipients()), message.getMessageID(),
					message.getHeader("Idempotency-Key", ","),
					message.getSentDate() == null ? null : message.getSentDate().toInstant(), text.toString(),
					List.copyOf(attachments));
		}
		catch (MessagingException | IOException unreadable) {
			return new ReceivedMail(number, "(unreadable mail)", null, null, null, null, null, "", List.of());
		}
	}

	private static void collect(Part part, StringBuilder text, List<ReceivedMail.Attachment> attachments)
			throws MessagingException, IOException {
		if (part.isMimeType("multipart/*")) {
			Multipart parts = (Multipart) part.getContent();
			for (int i = 0; i < parts.getCount(); i++) {
				collect(parts.getBodyPart(i), text, attachments);
			}
		}
		else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
			attachments.add(new ReceivedMail.Attachment(part.getFileName(), baseType(part.getContentType()),
					bytes(part.getInputStream())));
		}
		else if (part.isMimeType("text/plain")) {
			text.append(part.getContent());
		}
	}

	private static String baseType(String contentType) {
		int semicolon = contentType == null ? -1 : contentType.indexOf(';');
		return contentType == null ? "application/octet-stream"
				: (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase();
	}

	private static byte[] bytes(InputStream in) throws IOException {
		try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			in.transferTo(out);
			return out.toByteArray();
		}
	}

	private static String addresses(Address[] addresses) {
		return addresses == null ? null : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
	}

}
