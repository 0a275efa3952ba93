package uk.police.spo.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitsTests {

	Units units = new Units(new UnitProperties(List.of(
			new UnitProperties.Unit("NORTH", "North Hertfordshire", List.of("SG", "LU")),
			new UnitProperties.Unit("SOUTH", "South Hertfordshire", List.of("AL", "WD", "LU7"))), "NORTH"));

	@Test
	void theVictimsPostcodeAreaDecidesTheUnit() {
		assertThat(units.forAddress("12 High Street, St Albans AL1 3AA")).isEqualTo("SOUTH");
		assertThat(units.forAddress("4 Bancroft, Hitchin, sg5 1jw")).isEqualTo("NORTH");
		assertThat(units.forAddress("Flat 2, Watford WD171AB")).isEqualTo("SOUTH");
	}

	@Test
	void aListedDistrictBeatsItsArea() {
		assertThat(units.forAddress("1 Road, Luton LU2 0AA")).isEqualTo("NORTH");
		assertThat(units.forAddress("1 Road, Leighton Buzzard LU7 1AA")).isEqualTo("SOUTH");
	}

	@Test
	void theLastPostcodeInTheAddressCounts() {
		assertThat(units.forAddress("care of SG1 1AA, now at 3 Lane, AL2 2BB")).isEqualTo("SOUTH");
	}

	@Test
	void noKnownPostcodeMeansTheDefaultUnit() {
		assertThat(units.forAddress(null)).isEqualTo("NORTH");
		assertThat(units.forAddress("somewhere near the station")).isEqualTo("NORTH");
		assertThat(units.forAddress("10 Downing Street, London SW1A 2AA")).isEqualTo("NORTH");
	}

	@Test
	void eachUnitHasAGroupAndUnknownCodesAreRefused() {
		assertThat(units.unit("SOUTH").group()).isEqualTo("unit-south");
		assertThat(units.unitsOf(List.of("investigators", "unit-south"))).containsExactly("SOUTH");
		assertThatThrownBy(() -> units.unit("EAST")).isInstanceOf(UnknownUnitException.class);
	}

	@Test
	void theDefaultUnitMustBeOneOfTheUnits() {
		assertThatThrownBy(() -> new UnitProperties(List.of(new UnitProperties.Unit("NORTH", "N", List.of())), "WEST"))
			.hasMessageContaining("default-unit");
	}

}
