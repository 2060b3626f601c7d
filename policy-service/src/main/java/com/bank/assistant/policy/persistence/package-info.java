/** The rules' versions in the {@code policy} PostgreSQL database. */
package com.bank.assistant.policy.persistence;
