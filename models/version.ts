/** Bumped whenever a model's arithmetic changes, so a printed number can be traced to the model that made it. */
export const MODEL_VERSION = '2.0.0';
