package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder and file are the owner's alone, and H2 takes the file made for it. */
class OwnerOnlyDatabaseFilesTests {

	@TempDir
	Path temp;

	@Test
	void findsTheFileOfAnH2FileUrlAndNothingElse() {
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:h2:file:./data/spo-cases;DB_CLOSE_ON_EXIT=FALSE"))
			.contains(Path.of("data/spo-cases.mv.db").toAbsolutePath().normalize());
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:h2:" + temp.resolve("db")))
			.contains(temp.resolve("db.mv.db"));
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:h2:~/spo"))
			.contains(Path.of(System.getProperty("user.home"), "spo.mv.db"));
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:h2:mem:engine;DB_CLOSE_DELAY=-1")).isEmpty();
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:h2:tcp://db-host/spo")).isEmpty();
		assertThat(OwnerOnlyDatabaseFiles.databaseFile("jdbc:mysql://127.0.0.1:3306/spo")).isEmpty();
	}

	@Test
	void theDataFolderAndTheDatabaseFileAreCreatedOwnerOnlyAndH2UsesThem() throws Exception {
		Path folder = temp.resolve("data");
		String url = "jdbc:h2:file:" + folder.resolve("spo-cases") + ";DB_CLOSE_ON_EXIT=FALSE";
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(url);
			new OwnerOnlyDatabaseFiles().postProcessAfterInitialization(pool, "dataSource");
		}

		Path file = folder.resolve("spo-cases.mv.db");
		assertThat(permissions(folder)).isEqualTo("rwx------");
		assertThat(permissions(file)).isEqualTo("rw-------");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement sql = connection.createStatement()) {
			sql.execute("create table kept (reference varchar(20))");
			sql.execute("insert into kept values ('SH-2026-000001')");
		}
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement sql = connection.createStatement();
				ResultSet kept = sql.executeQuery("select reference from kept")) {
			assertThat(kept.next()).isTrue();
			assertThat(kept.getString(1)).isEqualTo("SH-2026-000001");
		}
		assertThat(Files.size(file)).as("H2 wrote into the file made for it").isPositive();
		assertThat(permissions(file)).isEqualTo("rw-------");
		try (var files = Files.list(folder)) {
			assertThat(files.map(Path::getFileName).map(Path::toString)).contains("spo-cases.mv.db");
		}
	}

	@Test
	void anExistingDatabaseIsLeftAsItIs() throws Exception {
		Path folder = Files.createDirectories(temp.resolve("old"));
		Path file = Files.writeString(folder.resolve("spo-cases.mv.db"), "kept");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		OwnerOnlyDatabaseFiles.prepare(file);

		assertThat(Files.readString(file)).isEqualTo("kept");
		assertThat(permissions(file)).isEqualTo("rw-r--r--");
	}

	private static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
