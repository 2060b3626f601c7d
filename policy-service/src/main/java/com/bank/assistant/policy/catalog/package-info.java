/**
 * The model catalog's domain: tiers a step may run on, their kind and their price. Free
 * of Spring; the settings build it.
 */
package com.bank.assistant.policy.catalog;
