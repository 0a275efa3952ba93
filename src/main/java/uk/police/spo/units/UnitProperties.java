package uk.police.spo.units;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The force's units (policing areas). A case belongs to the unit covering the victim's postcode area, or to the
 * default unit when the address is unknown or outside every unit's areas.
 */
@ConfigurationProperties("spo.units")
public record UnitProperties(List<Unit> areas, String defaultUnit) {

	/**
	 * @param code the unit's code, e.g. NORTH
	 * @param name its name, e.g. North Hertfordshire
	 * @param postcodeAreas the postcode areas or districts it covers, e.g. SG, LU2 (the longest match wins)
	 */
	public record Unit(String code, String name, List<String> postcodeAreas) {

		/** The Camunda identity group whose members work this unit's cases, e.g. unit-north. */
		public String group() {
			return "unit-" + code.toLowerCase(Locale.ROOT);
		}

	}

	public UnitProperties {
		areas = areas == null ? List.of() : List.copyOf(areas);
		if (areas.isEmpty() || areas.stream().noneMatch(u -> u.code().equals(defaultUnit))) {
			throw new IllegalStateException("spo.units must list at least one unit and spo.units.default-unit must be "
					+ "one of their codes");
		}
	}

	public Unit unit(String code) {
		return areas.stream()
			.filter(u -> u.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new UnknownUnitException(code));
	}

}
