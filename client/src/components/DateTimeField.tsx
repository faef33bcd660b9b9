import { TextInput, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';

type Props<T> = Omit<TextInputProps, 'type' | 'form'> & {
  form: UseFormReturnType<T>;
  /** The form field holding the value, a `YYYY-MM-DDTHH:mm` string. */
  field: keyof T & string;
};

/** A required date and time in the browser's native picker, bound to a field of a Mantine form. */
export function DateTimeField<T>({ form, field, ...props }: Props<T>) {
  return <TextInput type="datetime-local" required {...props} {...form.getInputProps(field)} key={form.key(field)} />;
}
