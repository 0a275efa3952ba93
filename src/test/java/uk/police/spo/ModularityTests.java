package uk.police.spo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SpoCaseApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseEachOtherOnlyThroughTheirApi() {
		modules.verify();
	}

	@Test
	void writesTheModulePictureIntoDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
	}

}
