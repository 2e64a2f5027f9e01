import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app')!;
// index.html's static "Loading" line goes: the app says it in the reader's language from here on
target.replaceChildren();
mount(App, { target });
