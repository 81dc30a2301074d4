import { choiceLabel, choiceLabels } from '../../../../src/components/choices';
import { LEGAL_FORM_CHOICES, TASK_LAYER_CHOICES } from '../../../../src/schema';

describe('choiceLabel', () => {
  it('gives the Dutch label of a code from the schema', () => {
    expect(choiceLabel(LEGAL_FORM_CHOICES, 'cooperatie')).toBe('Coöperatie');
    expect(choiceLabel(LEGAL_FORM_CHOICES, 'gr-centrumgemeente')).toBe('GR - centrumgemeente');
  });

  it('shows an unknown code as is instead of hiding it', () => {
    expect(choiceLabel(LEGAL_FORM_CHOICES, 'europese-groepering')).toBe('europese-groepering');
  });
});

describe('choiceLabels', () => {
  it('joins the labels in the order of the schema, whatever order the codes come in', () => {
    expect(choiceLabels(TASK_LAYER_CHOICES, ['strategie', 'bedrijfsvoering'])).toBe('Bedrijfsvoering, Strategie');
  });

  it('is empty for no codes and keeps unknown codes at the end', () => {
    expect(choiceLabels(TASK_LAYER_CHOICES, [])).toBe('');
    expect(choiceLabels(TASK_LAYER_CHOICES, ['onbekend', 'beleid'])).toBe('Beleid, onbekend');
  });
});
