package uk.police.spo.dashboard;

import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import uk.police.spo.units.CaseAccess;

/**
 * Whose cases a reader sees: administrators every unit's, everyone else their own units' (none when they belong to
 * no unit). {@link #where} is the SQL condition on a {@code case_file} aliased {@code c}.
 */
record ViewerScope(boolean everyUnit, List<String> units) {

	static ViewerScope of(CaseAccess access) {
		return new ViewerScope(access.seesEveryUnit(), access.seesEveryUnit() ? List.of() : access.ownUnits());
	}

	static ViewerScope everyUnitScope() {
		return new ViewerScope(true, List.of());
	}

	String where() {
		if (everyUnit) {
			return "1 = 1";
		}
		return units.isEmpty() ? "1 = 0" : "c.unit_code in (:units)";
	}

	MapSqlParameterSource parameters() {
		// an empty IN list is invalid SQL; with no units the condition is 1 = 0 and the value unused
		return new MapSqlParameterSource("units", units.isEmpty() ? List.of("-") : units);
	}

	boolean sees(String unit) {
		return everyUnit || units.contains(unit);
	}

}
