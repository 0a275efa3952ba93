package uk.police.spo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.police.spo.support.MySqlCompatibleTest;

/**
 * The application started on a fresh schema of the MySQL-compatible server: the engine's job table has the indexes
 * its acquisition needs, although Camunda made the table in the same start, and a later start finds them in place.
 */
class JobAcquisitionIndexesTests extends MySqlCompatibleTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ProcessEngine engine;

	@Test
	void aFreshSchemaGetsTheIndexesAfterTheEngineMadeItsTables() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			for (String index : JobAcquisitionIndexes.INDEXES.keySet()) {
				assertThat(JobAcquisitionIndexes.exists(connection, "ACT_RU_JOB", index)).as(index).isTrue();
			}
		}
	}

	@Test
	void aLaterStartKeepsOneOfEach() throws Exception {
		new JobAcquisitionIndexes().postProcessEngineBuild(engine);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet indexes = statement.executeQuery("select count(distinct index_name) from "
						+ "information_schema.statistics where table_schema = database() and table_name = 'ACT_RU_JOB' "
						+ "and index_name like 'SPO_IDX_JOB_%'")) {
			indexes.next();
			assertThat(indexes.getInt(1)).isEqualTo(JobAcquisitionIndexes.INDEXES.size());
		}
	}

	@Test
	void theAcquisitionReadsTheDueDateIndexInsteadOfTheWholeTable() throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet plan = statement.executeQuery("explain select RES.ID_ from ACT_RU_JOB RES where RES.RETRIES_ > 0 "
						+ "and (RES.DUEDATE_ is null or RES.DUEDATE_ <= now()) and (RES.LOCK_OWNER_ is null or "
						+ "RES.LOCK_EXP_TIME_ < now()) and RES.SUSPENSION_STATE_ = 1 order by RES.DUEDATE_ limit 3")) {
			plan.next();
			assertThat(plan.getString("possible_keys")).contains("SPO_IDX_JOB_DUEDATE");
		}
	}

}
