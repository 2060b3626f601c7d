package com.bank.assistant.infra;

import java.util.List;

/** A started set of Kafka, Redis and PostgreSQL servers; closing it stops them. */
public interface Infrastructure extends AutoCloseable {

	/** Databases every service that owns one expects to find. */
	List<String> SERVICE_DATABASES = List.of("transfer", "audit", "policy", "contacts");

	/** Where the servers answer. */
	InfrastructureEndpoints endpoints();

	/** Stops the servers; data in temporary directories is removed. */
	@Override
	void close();

}
