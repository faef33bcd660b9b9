// Styles of the extra Mantine components the convening pages use (see components/lazy-styles.ts), in Mantine's order.
import '../../components/lazy-styles';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/Divider.css';
import '@mantine/core/styles/NumberInput.css';
import '@mantine/core/styles/SegmentedControl.css';
