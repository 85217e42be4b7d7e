import * as migration_20261127_231441_initial from './20261127_231441_initial';

export const migrations = [
  {
    up: migration_20261127_231441_initial.up,
    down: migration_20261127_231441_initial.down,
    name: '20261127_231441_initial'
  },
];
