/**
 * Batches across machines: embedded Hazelcast members run blocks ({@link org.detente.batch.Block})
 * for a submitter, which merges their results in block order. Every task and result is sealed
 * with an HMAC under the cluster's shared secret, and only Détente's own types are read back.
 */
package org.detente.cluster;
