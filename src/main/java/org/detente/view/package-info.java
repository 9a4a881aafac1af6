/**
 * The live view ({@code detente view}): MASON's console on one run, a network display of the
 * actors and channels, inspectors, and JFreeChart charts of each adversarial pair, all drawn
 * from the model's events ({@link org.detente.view.Watch}).
 */
package org.detente.view;
