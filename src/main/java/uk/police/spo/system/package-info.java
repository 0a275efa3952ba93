/**
 * The shared kernel: what every module may use and what knows no module. RFC 9457 problem answers
 * ({@code ProblemResponses}, {@code ApiProblems}, {@code NotFoundProblem}, and
 * {@link uk.police.spo.system.InvalidFieldException} for a module to name a bad field without this package knowing
 * the module), the application's {@code Clock}, the plumbing of
 * requests (cached bodies, browser origins, rate limits, engine REST paths), the loading of route files, the
 * embedded database's owner-only folder and file ({@code OwnerOnlyDatabaseFiles}) and the indexes the job executor's
 * acquisition needs on the engine's job table ({@code JobAcquisitionIndexes}).
 * <p>
 * It stays {@code system} rather than a new {@code shared} package: it already holds exactly these, and once
 * {@code ApiProblems} stopped naming a units exception it depends on no other module ({@code allowedDependencies} is
 * empty, so {@code ModularityTests} fails the day it does). Case ids and references are plain {@code UUID} and
 * {@code String} values today, with no type of their own to share.
 */
@ApplicationModule(displayName = "System (shared kernel)", allowedDependencies = {})
package uk.police.spo.system;

import org.springframework.modulith.ApplicationModule;
