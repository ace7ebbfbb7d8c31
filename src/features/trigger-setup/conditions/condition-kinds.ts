// One registry of what "Add condition" offers: label and the value a new condition starts with.
import { UTM_PARAMS, type Condition, type UtmParam } from '../../../domain';

export type ConditionKind =
  | 'tags'
  | 'stages'
  | 'responsible'
  | 'sale'
  | 'source'
  | 'not_tags'
  | UtmParam;

export type ConditionKindInfo = { kind: ConditionKind; label: string; create(): Condition };

export const CONDITION_KINDS: readonly ConditionKindInfo[] = [
  // A new tag condition starts with no tags: Save refuses it until tags are chosen (V1).
  { kind: 'tags', label: 'Tags', create: () => ({ type: 'tags', mode: 'or', tagIds: [] }) },
  { kind: 'stages', label: 'Lead stage', create: () => ({ type: 'stages', stageIds: [] }) },
  { kind: 'responsible', label: 'Responsible user', create: () => ({ type: 'responsible', userIds: [] }) },
  { kind: 'sale', label: 'Sale', create: () => ({ type: 'sale', min: null, max: null }) },
  { kind: 'source', label: 'Source', create: () => ({ type: 'source', sourceIds: [] }) },
  { kind: 'not_tags', label: 'Does not have tags', create: () => ({ type: 'not_tags', mode: 'or', tagIds: [] }) },
  ...UTM_PARAMS.map(
    (param): ConditionKindInfo => ({
      kind: param,
      label: param,
      create: () => ({ type: 'utm', param, op: 'match', value: '' }),
    }),
  ),
];
