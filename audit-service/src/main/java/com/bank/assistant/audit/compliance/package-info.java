/**
 * The checks compliance asks for over the whole trail: every chain verifies, every
 * executed transfer was confirmed as requested, every model step has a policy decision.
 * Free of adapters; reads through the trail's store port.
 */
package com.bank.assistant.audit.compliance;
