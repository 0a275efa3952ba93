package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.police.spo.support.MySqlCompatibleTest;

/** The mysql profile names the database, not the dialect: Hibernate still speaks MySQL 8.0 to MySQL and MariaDB. */
class MySqlDialectTests extends MySqlCompatibleTest {

	@Autowired
	EntityManagerFactory entityManagers;

	@Test
	void hibernateSpeaksMySqlEightFromTheDatabaseNameAndVersionTheProfileGives() {
		Dialect dialect = entityManagers.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();

		assertThat(dialect).isExactlyInstanceOf(MySQLDialect.class);
		assertThat(dialect.getVersion().getMajor()).isEqualTo(8);
		assertThat(dialect.getVersion().getMinor()).isZero();
	}

}
