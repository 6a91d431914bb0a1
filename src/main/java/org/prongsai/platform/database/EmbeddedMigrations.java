package org.prongsai.platform.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migrates the embedded H2 database over a connection that stays open until the application stops.
 * H2 2.4 forgets how to evaluate a check constraint of the form {@code col in (…)} once the
 * connection that created it closes: every later insert is refused as "Check constraint invalid"
 * until the database is opened again. The pool retires its connections after thirty minutes, so a
 * fresh installation would stop taking questions, complaints and reports half an hour after its
 * first start. Keeping the creating connection open avoids it; PostgreSQL is not affected and is
 * migrated as usual.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedMigrations {

	@Bean(destroyMethod = "destroy")
	MigrationConnection migrationConnection(DataSourceProperties properties) {
		return new MigrationConnection(properties);
	}

	@Bean
	FlywayConfigurationCustomizer embeddedMigrationConnection(MigrationConnection connection) {
		return configuration -> {
			if (connection.embedded()) {
				configuration.dataSource(connection.dataSource());
			}
		};
	}

	/** The connection the embedded database is migrated over, closed only at shutdown. */
	static final class MigrationConnection {

		private final DataSourceProperties properties;

		private SingleConnectionDataSource dataSource;

		MigrationConnection(DataSourceProperties properties) {
			this.properties = properties;
		}

		boolean embedded() {
			String url = properties.determineUrl();
			return url != null && url.startsWith("jdbc:h2:");
		}

		synchronized SingleConnectionDataSource dataSource() {
			if (dataSource == null) {
				dataSource = new SingleConnectionDataSource(properties.determineUrl(), properties.determineUsername(),
						properties.determinePassword(), true);
			}
			return dataSource;
		}

		synchronized void destroy() {
			if (dataSource != null) {
				dataSource.destroy();
			}
		}
	}
}
