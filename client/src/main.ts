import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import { apollo } from './api';
import App from './App.vue';
import './styles.css';

createApp(App).provide(DefaultApolloClient, apollo).mount('#app');
