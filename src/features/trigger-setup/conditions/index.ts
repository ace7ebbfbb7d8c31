// The conditions editor of the Trigger setup dialog: chips, their popovers, and the words they show.
export { ConditionsEditor, type ConditionsEditorProps } from './conditions-editor';
export { describeCondition, formatAmount } from './describe-condition';
export { CONDITION_KINDS, type ConditionKind } from './condition-kinds';
