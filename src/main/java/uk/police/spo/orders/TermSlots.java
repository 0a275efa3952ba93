package uk.police.spo.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The numbered term slots of a form (term1Kind, term1Wording, term1Necessity ... term5): drafting an application and
 * recording a variation both submit an order's prohibitions and requirements this way, each with why it is necessary.
 */
public final class TermSlots {

	public static final int SLOTS = 5;

	static final List<String> KINDS = List.of("PROHIBITION", "REQUIREMENT");

	private TermSlots() {
	}

	/** Problems with the filled slots, each naming its field; at least one term is needed. */
	public static List<String> problems(Map<String, Object> values) {
		List<String> problems = new ArrayList<>();
		int terms = 0;
		for (int n = 1; n <= SLOTS; n++) {
			Object kind = values.get("term" + n + "Kind");
			Object wording = values.get("term" + n + "Wording");
			Object necessity = values.get("term" + n + "Necessity");
			if (!hasText(wording)) {
				if (hasText(necessity)) {
					problems.add("term" + n + "Wording: a term with a necessity needs its wording");
				}
				continue;
			}
			terms++;
			if (!(kind instanceof String) || !KINDS.contains(kind)) {
				problems.add("term" + n + "Kind: choose PROHIBITION or REQUIREMENT");
			}
			if (!hasText(necessity)) {
				problems.add("term" + n + "Necessity: every term must say why it is necessary");
			}
		}
		if (terms == 0) {
			problems.add("term1Wording: give at least one prohibition or requirement");
		}
		return problems;
	}

	/** The filled slots, in order, from already validated values. */
	public static List<DraftTerm.Wording> read(Function<String, Object> variable) {
		List<DraftTerm.Wording> terms = new ArrayList<>();
		for (int n = 1; n <= SLOTS; n++) {
			if (hasText(variable.apply("term" + n + "Wording"))) {
				terms.add(new DraftTerm.Wording(TermKind.valueOf((String) variable.apply("term" + n + "Kind")),
						text(variable.apply("term" + n + "Wording")),
						text(variable.apply("term" + n + "Necessity"))));
			}
		}
		return terms;
	}

	/** Every slot's variable names, so that the wording can leave the process variables once it is saved. */
	public static List<String> variables() {
		List<String> names = new ArrayList<>();
		for (int n = 1; n <= SLOTS; n++) {
			names.addAll(List.of("term" + n + "Kind", "term" + n + "Wording", "term" + n + "Necessity"));
		}
		return names;
	}

	private static boolean hasText(Object value) {
		return value instanceof String text && !text.isBlank();
	}

	private static String text(Object value) {
		return hasText(value) ? ((String) value).strip() : null;
	}

}
