package uk.police.spo.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Where the keys come from, with the real application.yml and application-mysql.yml: the environment, or in the
 * embedded default a generated local key file; a missing or malformed key stops start-up and says what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataKeyLoadingTests {

	static final String KEY_A = Base64.getEncoder().encodeToString("key-a-for-loading-tests-32-bytes".getBytes());

	static final String KEY_B = Base64.getEncoder().encodeToString("key-b-for-loading-tests-32-bytes".getBytes());

	@TempDir
	Path temp;

	/** Our configuration only, on the application's own config files; the environment's keys, if any, are blanked. */
	ApplicationContextRunner app(String profile, String... properties) {
		return new ApplicationContextRunner().withInitializer(new ConfigDataApplicationContextInitializer())
			.withUserConfiguration(DataKeyConfiguration.class)
			.withPropertyValues("spring.profiles.active=" + profile, "SPO_DATA_KEYS=", "SPO_DATA_KEY_CURRENT=",
					"spo.crypto.local-key-file=" + temp.resolve("data/data-key"))
			.withPropertyValues(properties);
	}

	@Test
	void theMysqlProfileWithoutKeysRefusesToStartAndSaysWhichVariableToSetAndHow() {
		app("mysql").run(context -> {
			assertThat(context).hasFailed();
			Throwable failure = context.getStartupFailure();
			DataKeyException cause = rootCause(failure, DataKeyException.class);
			assertThat(cause.getMessage()).contains("SPO_DATA_KEYS").contains("openssl rand -base64 32");
		});
		assertThat(temp.resolve("data/data-key")).doesNotExist();
	}

	@Test
	void theMysqlProfileTakesItsKeysFromTheEnvironmentVariables() {
		app("mysql", "SPO_DATA_KEYS=a:" + KEY_A + ", b:" + KEY_B, "SPO_DATA_KEY_CURRENT=b").run(context -> {
			assertThat(context).hasNotFailed();
			DataKeyRing ring = context.getBean(DataKeyRing.class);
			assertThat(ring.keyIds()).containsExactly("a", "b");
			assertThat(ring.currentKeyId()).isEqualTo("b");
			assertThat(context.getBean(FieldCipher.class).encrypt("x")).startsWith("v1:b:");
		});
	}

	@Test
	void oneKeyNeedsNoCurrentKeyId() {
		app("mysql", "SPO_DATA_KEYS=only:" + KEY_A)
			.run(context -> assertThat(context.getBean(DataKeyRing.class).currentKeyId()).isEqualTo("only"));
	}

	static Stream<Arguments> malformedKeys() {
		return Stream.of(
				Arguments.of("KEYMATERIALWITHOUTID", "", "SPO_DATA_KEYS", "entry 1 is not keyId:base64key"),
				Arguments.of("k1:SECRET*NOT*BASE64", "", "SPO_DATA_KEYS", "not valid base64"),
				Arguments.of("k1:U0VDUkVULTE2LUJZVEVTIQ==", "", "SPO_DATA_KEYS",
						"is 16 bytes; AES-256 needs exactly 32"),
				Arguments.of("bad id!:" + KEY_A, "", "SPO_DATA_KEYS", "invalid key id"),
				Arguments.of("k1:" + KEY_A + ",k1:" + KEY_B, "", "SPO_DATA_KEYS", "given twice"),
				Arguments.of("k1:" + KEY_A + ",k2:" + KEY_B, "", "SPO_DATA_KEY_CURRENT", "set SPO_DATA_KEY_CURRENT"),
				Arguments.of("k1:" + KEY_A, "k9", "SPO_DATA_KEY_CURRENT", "names 'k9', which is not among the keys"),
				Arguments.of("k1:" + KEY_A, KEY_B, "SPO_DATA_KEY_CURRENT", "a value that is not a key id"));
	}

	@ParameterizedTest
	@MethodSource("malformedKeys")
	void aMalformedKeyStopsStartUpNamingTheVariableWithoutEchoingKeyMaterial(String keys, String current,
			String variable, String message) {
		app("mysql", "SPO_DATA_KEYS=" + keys, "SPO_DATA_KEY_CURRENT=" + current)
			.run(context -> {
				assertThat(context).hasFailed();
				DataKeyException cause = rootCause(context.getStartupFailure(), DataKeyException.class);
				assertThat(cause.getMessage()).contains(variable).contains(message)
					.doesNotContain("KEYMATERIAL")
					.doesNotContain("SECRET")
					.doesNotContain(KEY_A.substring(0, 12))
					.doesNotContain(KEY_B.substring(0, 12))
					.doesNotContain("U0VDUkVU");
			});
	}

	@Test
	void theEmbeddedDefaultGeneratesAnOwnerOnlyKeyFileOnceAndReusesIt(CapturedOutput output) throws IOException {
		Path file = temp.resolve("data/data-key");
		String[] stored = new String[1];
		String[] keyId = new String[1];

		app("default").run(context -> {
			assertThat(context).hasNotFailed();
			keyId[0] = context.getBean(DataKeyRing.class).currentKeyId();
			stored[0] = context.getBean(FieldCipher.class).encrypt("07700 900123");
		});

		assertThat(file).exists();
		assertThat(keyId[0]).matches("local-[0-9a-f]{8}");
		String content = Files.readString(file).strip();
		assertThat(content).matches(keyId[0] + ":[A-Za-z0-9+/]{43}=");
		assertThat(Base64.getDecoder().decode(content.substring(content.indexOf(':') + 1))).hasSize(32);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
				.isEqualTo("rwx------");
		}
		assertThat(output.getOut()).contains("WARN").contains("NOT for production").contains(keyId[0]);

		app("default").run(context -> {
			assertThat(context.getBean(DataKeyRing.class).currentKeyId()).isEqualTo(keyId[0]);
			assertThat(context.getBean(FieldCipher.class).decrypt(stored[0])).isEqualTo("07700 900123");
		});
		assertThat(Files.readString(file).strip()).isEqualTo(content);
		String key = content.substring(content.indexOf(':') + 1);
		assertThat(output.getAll()).doesNotContain(key).doesNotContain(key.substring(0, 20));
	}

	@Test
	void theEmbeddedDefaultUsesEnvironmentKeysWhenGivenAndWritesNoFile() {
		app("default", "SPO_DATA_KEYS=env:" + KEY_A).run(context -> {
			assertThat(context.getBean(DataKeyRing.class).currentKeyId()).isEqualTo("env");
		});
		assertThat(temp.resolve("data/data-key")).doesNotExist();
	}

	@Test
	void aDamagedLocalKeyFileStopsStartUpNamingTheFile() throws IOException {
		Path file = temp.resolve("data/data-key");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "local-1234abcd:trunc");

		app("default").run(context -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure(), DataKeyException.class).getMessage())
				.contains("the local key file " + file.toAbsolutePath())
				.doesNotContain("trunc");
		});
		assertThat(Files.readString(file)).isEqualTo("local-1234abcd:trunc");
	}

	@Test
	void aKeyFileOthersCanReadIsReportedAndStillUsed(CapturedOutput output) throws IOException {
		Path file = temp.resolve("data/data-key");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "local-0badf00d:" + KEY_A + "\n");
		if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		app("default").run(context -> assertThat(context.getBean(DataKeyRing.class).currentKeyId())
			.isEqualTo("local-0badf00d"));

		assertThat(output.getOut()).contains("can be read by other users").contains("chmod 600");
	}

	@Test
	void theFailureReportSaysWhatToSetAndIsRegisteredWithSpringBoot() throws IOException {
		DataKeyException problem = new DataKeyException("No data encryption key is configured");
		FailureAnalysis analysis = new DataKeyFailureAnalyzer().analyze(new IllegalStateException("wrapped", problem));

		assertThat(analysis.getDescription()).isEqualTo("No data encryption key is configured");
		assertThat(analysis.getAction()).contains("SPO_DATA_KEYS").contains("SPO_DATA_KEY_CURRENT")
			.contains("openssl rand -base64 32");
		Properties factories = PropertiesLoaderUtils.loadProperties(new ClassPathResource("META-INF/spring.factories"));
		assertThat(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer"))
			.contains(DataKeyFailureAnalyzer.class.getName());
	}

	@Test
	void thePropertiesNeverShowTheKeys() {
		assertThat(new CryptoProperties("k1:" + KEY_A, KEY_B, false, "x").toString()).doesNotContain(KEY_A)
			.doesNotContain(KEY_B);
		assertThat(DataKeyRing.parse("k1:" + KEY_A, null, "S", "C").toString()).doesNotContain(KEY_A);
	}

	static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
	}

}
