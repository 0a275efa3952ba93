package uk.police.spo.documents;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times each render for {@code /actuator/prometheus} as {@code spo_documents_render_seconds}, by document type and
 * outcome: {@code rendered}, {@code refused} (the victim-safe check found a contact detail) or {@code failed}. Every
 * type's timers exist from the start, at zero, so a dashboard shows a type before its first document.
 */
final class RenderMeter {

	static final String NAME = "spo.documents.render";

	private final MeterRegistry registry;

	RenderMeter(MeterRegistry registry) {
		this.registry = registry;
		for (DocumentType type : DocumentType.values()) {
			for (String outcome : new String[] { "rendered", "refused", "failed" }) {
				timer(type, outcome);
			}
		}
	}

	RenderedDocument time(DocumentType type, Supplier<RenderedDocument> render) {
		long started = System.nanoTime();
		String outcome = "failed";
		try {
			RenderedDocument document = render.get();
			outcome = "rendered";
			return document;
		}
		catch (VictimDetailsExposedException refused) {
			outcome = "refused";
			throw refused;
		}
		finally {
			timer(type, outcome).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}

	private Timer timer(DocumentType type, String outcome) {
		return Timer.builder(NAME)
			.description("Documents rendered to PDF, by type and outcome")
			.tag("type", type.name())
			.tag("outcome", outcome)
			.register(registry);
	}

}
